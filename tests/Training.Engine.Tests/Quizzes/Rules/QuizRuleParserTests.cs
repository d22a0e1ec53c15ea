using Training.Engine.Quizzes.Rules;
using Training.Sdk.Content;

namespace Training.Engine.Tests.Quizzes.Rules;

public sealed class QuizRuleParserTests
{
    [TestCase("80%", 0.8)]
    [TestCase("80 %", 0.8)]
    [TestCase("72.5%", 0.725)]
    [TestCase("0.8", 0.8)]
    [TestCase("1", 1.0)]
    [TestCase("0%", 0.0)]
    public void Pass_marks(string text, double expected)
    {
        Assert.That(QuizRuleParser.TryParsePassMark(text, out var mark, out var error), Is.True, error);
        Assert.That(mark, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase("80", "above 1")]
    [TestCase("120%", "between 0% and 100%")]
    [TestCase("beaucoup", "not valid")]
    [TestCase("", "not valid")]
    [TestCase(null, "not valid")]
    public void Bad_pass_marks(string? text, string message)
    {
        Assert.That(QuizRuleParser.TryParsePassMark(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
    }

    [TestCase("20m", 20 * 60)]
    [TestCase("1h30m", 90 * 60)]
    [TestCase("1h 30m 15s", (90 * 60) + 15)]
    [TestCase("90s", 90)]
    [TestCase("PT20M", 20 * 60)]
    [TestCase("PT1H30M", 90 * 60)]
    [TestCase("pt45s", 45)]
    public void Time_limits(string text, int seconds)
    {
        Assert.That(QuizRuleParser.TryParseTimeLimit(text, out var limit, out var error), Is.True, error);
        Assert.That(limit, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [TestCase("20")]
    [TestCase("m20")]
    [TestCase("30m1h")]
    [TestCase("0m")]
    [TestCase("P1D")]
    [TestCase("")]
    public void Bad_time_limits(string text)
    {
        Assert.That(QuizRuleParser.TryParseTimeLimit(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(text));
    }

    [TestCase("highest", GradingMethod.Highest)]
    [TestCase("Last", GradingMethod.Last)]
    [TestCase("first", GradingMethod.First)]
    [TestCase("average", GradingMethod.Average)]
    public void Grading_methods(string text, GradingMethod expected)
    {
        Assert.That(QuizRuleParser.TryParseGradingMethod(text, out var method, out _), Is.True);
        Assert.That(method, Is.EqualTo(expected));
        Assert.That(QuizRuleParser.TryParseGradingMethod("best", out _, out var error), Is.False);
        Assert.That(error, Does.Contain("highest, last, first or average"));
    }

    [Test]
    public void Attempts()
    {
        Assert.That(QuizRuleParser.TryParseAttempts("3", out var attempts, out _) && attempts == 3, Is.True);
        Assert.That(QuizRuleParser.TryParseAttempts("-1", out _, out var error), Is.False);
        Assert.That(error, Does.Contain("0 for unlimited"));
    }
}
