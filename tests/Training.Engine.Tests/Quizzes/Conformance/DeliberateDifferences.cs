using Training.Engine.Diagnostics;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>
/// The corpus cases we deliberately read differently from the corpus's expectation, each with
/// its reason (docs/gift.md repeats them). Each case still asserts what we do instead.
/// </summary>
internal static class DeliberateDifferences
{
    private const string DuplicateTitles =
        "Two questions share a title and have no [id:]; ids must be unique, so the second is an error (TRN051) instead of a silent duplicate.";

    private const string TrueFalseFeedbackOrder =
        "gift-pegjs reads {TRUE#a} as feedback for the response 'true'; Moodle (and we) read the first # as the feedback for a wrong answer.";

    public static Dictionary<string, string> Pegjs { get; } = new(StringComparer.Ordinal)
    {
        ["TFTwoFeedback"] = TrueFalseFeedbackOrder,
        ["options1"] = DuplicateTitles,
    };

    public static Dictionary<string, string> ParserIdePass { get; } = new(StringComparer.Ordinal)
    {
        ["options1"] = DuplicateTitles,
    };

    public static Dictionary<string, string> ParserIdeErrors { get; } = new(StringComparer.Ordinal)
    {
        ["unescapedCharacters2"] = "Moodle accepts an unescaped '=' in question text (only the answer block is special), so we do not report it; the file's only error is its duplicate title Q1.",
        ["unescapedLink"] = "Moodle accepts an unescaped ':' in a choice; we do not report it, but the question has no text besides its title, which we report (TRN046).",
    };

    public static void AssertOurBehaviour(string name, GiftParseResult result, string reason)
    {
        TestContext.Out.WriteLine($"Deliberate difference: {reason}");
        switch (name)
        {
            case "options1":
                Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Location!.Line)), Is.EqualTo(new[] { (DiagnosticCodes.GiftDuplicateId, 44) }));
                Assert.That(result.Questions, Has.Count.EqualTo(13));
                Assert.That(result.Entries.Single(e => e.Question.Id == "jesus-hometown").Location.Line, Is.EqualTo(38));
                break;
            case "TFTwoFeedback":
                Assert.That(result.HasErrors, Is.False);
                var questions = result.Questions.Cast<TrueFalseQuestion>().ToList();
                Assert.That(questions.Select(q => (q.Answer, q.FeedbackWhenWrong, q.FeedbackWhenRight)), Is.EqualTo(new[]
                {
                    (false, (string?)"feedback for true", (string?)"feedback for false"),
                    (true, "feedback for true", null),
                    (true, null, "feedback for false"),
                }));
                break;
            case "unescapedCharacters2":
                Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Location!.Line)), Is.EqualTo(new[] { (DiagnosticCodes.GiftDuplicateId, 18) }));
                Assert.That(result.Questions.First().Text, Is.EqualTo("1+1=2"));
                break;
            case "unescapedLink":
                Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Location!.Line, d.Location.Column)), Is.EqualTo(new[] { (DiagnosticCodes.GiftEmptyQuestionText, 1, 1) }));
                break;
            default:
                Assert.Fail($"No assertion written for deliberate difference '{name}'.");
                break;
        }
    }
}
