using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>Essay: the answer is a JSON string; its grade stays pending until a coordinator gives one.</summary>
internal sealed class EssayType : BuiltInQuestionType<EssayQuestion>
{
    public override string Id => QuestionTypeIds.Essay;

    public override string AnswerFormat => "a string: the essay's text";

    protected override object ReadAnswer(EssayQuestion question, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.String ? answer.GetString()! : throw WrongShape(answer);

    protected override QuestionGrade Grade(EssayQuestion question, object answer) =>
        string.IsNullOrWhiteSpace(AnswerAs<string>(answer)) ? QuestionGrade.FromFraction(0) : QuestionGrade.Pending();

    protected override QuestionPresentation Present(EssayQuestion question, string language) =>
        Blank(AnswerHints.For(Id, language));
}
