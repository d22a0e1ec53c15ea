using System.Text.Json;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>
/// The shared plumbing of the built-in types: <see cref="IQuestionType.Parse"/> reads the draft's
/// body as a GIFT answer block (what goes between the braces) and checks it is of this type.
/// </summary>
internal abstract class BuiltInQuestionType<TQuestion> : IQuestionType
    where TQuestion : Question
{
    public abstract string Id { get; }

    public abstract string AnswerFormat { get; }

    public virtual Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var question = GiftParser.ParseAnswerBlock(draft);
        return question is TQuestion && question.Type == Id
            ? question
            : throw new QuestionFormatException($"The body is a GIFT {question.Type} block, not {Id}.", 0);
    }

    public object ReadAnswer(Question question, JsonElement answer) => ReadAnswer(Cast(question), answer);

    public QuestionGrade Grade(Question question, object answer) => Grade(Cast(question), answer);

    public QuestionPresentation Present(Question question, string language)
    {
        var typed = Cast(question);
        return Present(typed, language) with
        {
            Id = typed.Id,
            Type = Id,
            Title = typed.Title,
            Text = typed.Text,
            Format = typed.Format,
        };
    }

    protected abstract object ReadAnswer(TQuestion question, JsonElement answer);

    protected abstract QuestionGrade Grade(TQuestion question, object answer);

    protected abstract QuestionPresentation Present(TQuestion question, string language);

    protected AnswerFormatException WrongShape(JsonElement answer) =>
        new($"Expected {AnswerFormat}, got a JSON {answer.ValueKind.ToString().ToLowerInvariant()}.");

    protected T AnswerAs<T>(object answer) =>
        answer is T typed ? typed : throw new ArgumentException($"A {Id} answer must be a {typeof(T).Name}, read by ReadAnswer; got {answer?.GetType().Name ?? "null"}.", nameof(answer));

    protected static QuestionPresentation Blank(string hint) => new() { Id = string.Empty, Type = string.Empty, Text = string.Empty, AnswerHint = hint };

    private TQuestion Cast(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question is TQuestion typed && question.Type == Id
            ? typed
            : throw new ArgumentException($"The question '{question.Id}' is a {question.Type} question, not {Id}.", nameof(question));
    }
}
