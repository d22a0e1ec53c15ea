using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>Short answer: the answer is a JSON string.</summary>
internal sealed class ShortAnswerType : BuiltInQuestionType<ShortAnswerQuestion>
{
    public override string Id => QuestionTypeIds.ShortAnswer;

    public override string AnswerFormat => "a string: the typed answer";

    protected override object ReadAnswer(ShortAnswerQuestion question, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.String ? answer.GetString()! : throw WrongShape(answer);

    protected override QuestionGrade Grade(ShortAnswerQuestion question, object answer) =>
        ShortAnswerGrading.Grade(question, AnswerAs<string>(answer));

    protected override QuestionPresentation Present(ShortAnswerQuestion question, string language) =>
        Blank(AnswerHints.For(Id, language));
}
