using Training.Engine.Diagnostics;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>Maps parsed questions to the inspection DTOs an author (CLI, web) sees, answer keys included.</summary>
public static class QuizInspector
{
    /// <summary>Inspects a parsed GIFT file.</summary>
    /// <param name="result">The parse result.</param>
    /// <param name="settings">The quiz's rules, for each question's points.</param>
    /// <returns>The inspection.</returns>
    public static QuizInspection Inspect(GiftParseResult result, QuizSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Inspect(result.Questions, settings, result.Diagnostics);
    }

    /// <summary>Inspects questions and diagnostics from any source.</summary>
    /// <param name="questions">The questions.</param>
    /// <param name="settings">The quiz's rules, for each question's points.</param>
    /// <param name="diagnostics">The diagnostics to list.</param>
    /// <returns>The inspection.</returns>
    public static QuizInspection Inspect(IEnumerable<Question> questions, QuizSettings settings, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new QuizInspection(
            [.. questions.Select(question => Map(question, settings))],
            [.. diagnostics.Select(Map)]);
    }

    /// <summary>Maps one diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>Its DTO.</returns>
    public static DiagnosticInspection Map(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new DiagnosticInspection(
            diagnostic.IsError ? "error" : "warning",
            diagnostic.Code,
            diagnostic.Location?.File,
            diagnostic.Location?.Line ?? 0,
            diagnostic.Location?.Column ?? 0,
            diagnostic.FullMessage);
    }

    private static QuestionInspection Map(Question question, QuizSettings settings)
    {
        var points = question is DescriptionQuestion ? 0 : settings.PointsFor(question.Id);
        IReadOnlyList<ChoiceInspection> choices = question is ChoiceQuestion choice
            ? [.. choice.Choices.Select(c => new ChoiceInspection(c.Text, c.Fraction, c.Feedback))]
            : [];
        IReadOnlyList<PairInspection> pairs = question is MatchingQuestion matching
            ? [.. matching.Pairs.Select(p => new PairInspection(p.Left, p.Right))]
            : [];
        return new QuestionInspection(question.Id, question.Type, question.Title, question.Text, points, choices, Answers(question), pairs, question.GeneralFeedback);
    }

    private static List<object> Answers(Question question) => question switch
    {
        ShortAnswerQuestion shortAnswer => [.. shortAnswer.Answers.Select(a => new TextAnswerInspection(a.Text, a.Fraction, a.Feedback))],
        NumericalQuestion numerical => [.. numerical.Answers.Select(a => new NumericalAnswerInspection(
            a.Value, a.Tolerance, a.Value is null ? null : Tidy(a.Min), a.Value is null ? null : Tidy(a.Max), a.Fraction, a.Feedback))],
        TrueFalseQuestion trueFalse => [new TrueFalseAnswerInspection(trueFalse.Answer, trueFalse.FeedbackWhenWrong, trueFalse.FeedbackWhenRight)],
        _ => [],
    };

    // 3.14 - 0.01 is 3.1300000000000003 in binary; authors wrote 3.13.
    private static double Tidy(double value) => Math.Round(value, 10);
}
