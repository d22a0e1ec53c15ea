using Training.Engine.Quizzes.Rules;
using Training.Sdk.Content;

namespace Training.Engine.Tests.Quizzes.Rules;

public sealed class QuizAttemptsTests
{
    private static readonly double[] s_attempts = [0.4, 0.9, 0.6];

    [TestCase(GradingMethod.Highest, 0.9)]
    [TestCase(GradingMethod.Last, 0.6)]
    [TestCase(GradingMethod.First, 0.4)]
    [TestCase(GradingMethod.Average, 19.0 / 30)]
    public void Grading_methods(GradingMethod method, double expected)
    {
        Assert.That(QuizAttempts.Grade(method, s_attempts), Is.EqualTo(expected).Within(1e-12));
        Assert.That(QuizAttempts.Grade(method, []), Is.Null);
    }

    [TestCase(0, 5, null)]
    [TestCase(3, 1, 2)]
    [TestCase(3, 3, 0)]
    [TestCase(3, 4, 0)]
    public void Attempts_left(int allowed, int used, int? left)
    {
        Assert.That(QuizAttempts.AttemptsLeft(allowed, used), Is.EqualTo(left));
        Assert.That(QuizAttempts.CanAttempt(allowed, used), Is.EqualTo(left is null or > 0));
    }

    [Test]
    public void Time_limit()
    {
        var started = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var limit = TimeSpan.FromMinutes(20);

        Assert.That(QuizTimer.IsWithinLimit(limit, started, started.AddMinutes(20)), Is.True);
        Assert.That(QuizTimer.IsWithinLimit(limit, started, started.AddMinutes(20).AddSeconds(1)), Is.False);
        Assert.That(QuizTimer.IsWithinLimit(limit, started, started.AddMinutes(20).AddSeconds(1), TimeSpan.FromSeconds(5)), Is.True);
        Assert.That(QuizTimer.IsWithinLimit(null, started, started.AddDays(3)), Is.True);
        Assert.That(QuizTimer.Deadline(limit, started), Is.EqualTo(started.AddMinutes(20)));

        var clock = new FixedClock { Now = started.AddMinutes(5) };
        Assert.That(QuizTimer.Remaining(limit, started, clock), Is.EqualTo(TimeSpan.FromMinutes(15)));
        clock.Now += TimeSpan.FromHours(1);
        Assert.That(QuizTimer.Remaining(limit, started, clock), Is.EqualTo(TimeSpan.Zero));
    }
}

internal sealed class FixedClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
