using Training.Engine.Manifests;
using Training.Engine.Quizzes.Rules;

namespace Training.Engine.Tests.Manifests;

public sealed class ManifestValueTests
{
    [TestCase("80%", 0.8)]
    [TestCase("62.5 %", 0.625)]
    [TestCase("0%", 0.0)]
    [TestCase("100%", 1.0)]
    [TestCase("0.8", 0.8)]
    [TestCase("1", 1.0)]
    [TestCase("0", 0.0)]
    public void Parses_pass_marks(string text, double expected)
    {
        Assert.That(QuizRuleParser.TryParsePassMark(text, out var fraction, out _), Is.True);
        Assert.That(fraction, Is.EqualTo(expected).Within(1e-9));
    }

    [TestCase("80")]
    [TestCase("101%")]
    [TestCase("-0.1")]
    [TestCase("NaN")]
    [TestCase("1e400")]
    [TestCase("eighty")]
    [TestCase("%")]
    public void Rejects_invalid_pass_marks(string text) =>
        Assert.That(QuizRuleParser.TryParsePassMark(text, out _, out _), Is.False);

    [TestCase("20m", 20 * 60)]
    [TestCase("1h30m", 90 * 60)]
    [TestCase("90s", 90)]
    [TestCase("1h", 3600)]
    [TestCase("1h0m30s", 3630)]
    [TestCase("PT20M", 20 * 60)]
    [TestCase("PT1H30M", 90 * 60)]
    [TestCase("PT45S", 45)]
    public void Parses_time_limits(string text, int seconds)
    {
        Assert.That(QuizRuleParser.TryParseTimeLimit(text, out var limit, out _), Is.True);
        Assert.That(limit, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [TestCase("")]
    [TestCase("20")]
    [TestCase("0m")]
    [TestCase("PT")]
    [TestCase("PT0S")]
    [TestCase("m")]
    [TestCase("30m1h")]
    [TestCase("-5m")]
    [TestCase("P1D")]
    [TestCase("200h")]
    [TestCase("99999h99999m")]
    public void Rejects_invalid_time_limits(string text) =>
        Assert.That(QuizRuleParser.TryParseTimeLimit(text, out _, out _), Is.False);

    [TestCase("P24M", 0, 24, 0, "P24M")]
    [TestCase("P2Y", 2, 0, 0, "P2Y")]
    [TestCase("P1Y6M", 1, 6, 0, "P1Y6M")]
    [TestCase("P90D", 0, 0, 90, "P90D")]
    [TestCase("P2W", 0, 0, 14, "P14D")]
    public void Parses_periods(string text, int years, int months, int days, string canonical)
    {
        var period = IsoPeriod.Parse(text);

        Assert.That((period.Years, period.Months, period.Days), Is.EqualTo((years, months, days)));
        Assert.That(period.ToString(), Is.EqualTo(canonical));
    }

    [TestCase("")]
    [TestCase("P")]
    [TestCase("P0M")]
    [TestCase("24M")]
    [TestCase("PT24H")]
    [TestCase("P1M1Y")]
    [TestCase("p24m")]
    [TestCase("P-1M")]
    [TestCase("P99999Y")]
    public void Rejects_invalid_periods(string text) =>
        Assert.That(IsoPeriod.TryParse(text, out _), Is.False);

    [Test]
    public void Adds_months_on_the_calendar()
    {
        var issued = new DateTimeOffset(2024, 1, 31, 10, 0, 0, TimeSpan.Zero);

        Assert.That(IsoPeriod.Parse("P1M").AddTo(issued), Is.EqualTo(new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero)));
        Assert.That(IsoPeriod.Parse("P24M").AddTo(issued), Is.EqualTo(new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.Zero)));
        Assert.That(IsoPeriod.Parse("P1Y6M10D").AddTo(issued), Is.EqualTo(new DateTimeOffset(2025, 8, 10, 10, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Saturates_at_the_end_of_the_calendar() =>
        Assert.That(IsoPeriod.Parse("P9999Y").AddTo(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)), Is.EqualTo(DateTimeOffset.MaxValue));
}
