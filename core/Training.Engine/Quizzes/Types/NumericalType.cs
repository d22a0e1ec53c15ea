using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>Numerical: the answer is a JSON number.</summary>
internal sealed class NumericalType : BuiltInQuestionType<NumericalQuestion>
{
    public override string Id => QuestionTypeIds.Numerical;

    public override string AnswerFormat => "a number";

    protected override object ReadAnswer(NumericalQuestion question, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Number && answer.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw WrongShape(answer);

    protected override QuestionGrade Grade(NumericalQuestion question, object answer) =>
        NumericalGrading.Grade(question, AnswerAs<double>(answer));

    protected override QuestionPresentation Present(NumericalQuestion question, string language) =>
        Blank(AnswerHints.For(Id, language));
}
