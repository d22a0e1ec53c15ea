namespace Training.Engine.Quizzes.Rules;

/// <summary>Time-limit checks. Times are passed in, never read from the system clock, so they are testable.</summary>
public static class QuizTimer
{
    /// <summary>When an attempt must be submitted.</summary>
    /// <param name="limit">The time limit, or null for none.</param>
    /// <param name="started">When the attempt started.</param>
    /// <returns>The deadline, or null when there is no limit.</returns>
    public static DateTimeOffset? Deadline(TimeSpan? limit, DateTimeOffset started) => limit is { } value ? started + value : null;

    /// <summary>Whether an attempt was submitted in time.</summary>
    /// <param name="limit">The time limit, or null for none.</param>
    /// <param name="started">When the attempt started.</param>
    /// <param name="submitted">When it was submitted.</param>
    /// <param name="grace">Extra time tolerated for network delays (none by default).</param>
    /// <returns>True when there is no limit or the submission is within limit plus grace.</returns>
    public static bool IsWithinLimit(TimeSpan? limit, DateTimeOffset started, DateTimeOffset submitted, TimeSpan grace = default) =>
        limit is not { } value || submitted - started <= value + grace;

    /// <summary>The time left in an attempt now.</summary>
    /// <param name="limit">The time limit, or null for none.</param>
    /// <param name="started">When the attempt started.</param>
    /// <param name="clock">The clock (<see cref="TimeProvider.System"/> in production).</param>
    /// <returns>The time left (zero once over), or null when there is no limit.</returns>
    public static TimeSpan? Remaining(TimeSpan? limit, DateTimeOffset started, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (limit is not { } value)
        {
            return null;
        }

        var left = started + value - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
