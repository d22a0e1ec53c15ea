using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>Description: text between questions; it takes no answer and has no points.</summary>
internal sealed class DescriptionType : BuiltInQuestionType<DescriptionQuestion>
{
    public override string Id => QuestionTypeIds.Description;

    public override string AnswerFormat => "nothing (null): a description takes no answer";

    public override Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!string.IsNullOrWhiteSpace(draft.Body))
        {
            throw new QuestionFormatException("A description takes no answer block.", 0);
        }

        return new DescriptionQuestion
        {
            Id = draft.Id,
            Title = draft.Title,
            Text = draft.Text,
            Format = draft.Format,
            GeneralFeedback = draft.GeneralFeedback,
            Tags = draft.Tags,
            Category = draft.Category,
        };
    }

    protected override object ReadAnswer(DescriptionQuestion question, JsonElement answer) => throw WrongShape(answer);

    protected override QuestionGrade Grade(DescriptionQuestion question, object answer) => QuestionGrade.FromFraction(0);

    protected override QuestionPresentation Present(DescriptionQuestion question, string language) => Blank(string.Empty);
}
