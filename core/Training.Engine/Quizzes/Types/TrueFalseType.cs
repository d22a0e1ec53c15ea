using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>True/false: the answer is a JSON boolean.</summary>
internal sealed class TrueFalseType : BuiltInQuestionType<TrueFalseQuestion>
{
    // Boxed once so reading an answer does not allocate.
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    public override string Id => QuestionTypeIds.TrueFalse;

    public override string AnswerFormat => "true or false";

    protected override object ReadAnswer(TrueFalseQuestion question, JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.True => s_true,
        JsonValueKind.False => s_false,
        _ => throw WrongShape(answer),
    };

    protected override QuestionGrade Grade(TrueFalseQuestion question, object answer) =>
        AnswerAs<bool>(answer) == question.Answer
            ? QuestionGrade.FromFraction(1, question.FeedbackWhenRight)
            : QuestionGrade.FromFraction(0, question.FeedbackWhenWrong);

    protected override QuestionPresentation Present(TrueFalseQuestion question, string language)
    {
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        return Blank(AnswerHints.For(Id, language)) with
        {
            Data = new Dictionary<string, string>
            {
                ["trueLabel"] = english ? "True" : "Vrai",
                ["falseLabel"] = english ? "False" : "Faux",
            },
        };
    }
}
