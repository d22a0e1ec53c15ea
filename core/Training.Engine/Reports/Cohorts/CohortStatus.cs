namespace Training.Engine.Reports.Cohorts;

/// <summary>
/// A trainee's status in a cohort report, decided in this order:
/// <list type="number">
/// <item><c>completed</c>: the track is completed.</item>
/// <item><c>behind</c>: the cohort has a deadline, and either the deadline day is over, or the trainee's
/// percent is more than <see cref="Tolerance"/> points below the expected percent, which grows linearly
/// from 0 when the trainee joined the cohort to 100 at the end of the deadline day (UTC).</item>
/// <item><c>not-started</c>: nothing done in the track's modules yet.</item>
/// <item><c>on-track</c>: otherwise. Without a deadline nobody is behind.</item>
/// </list>
/// </summary>
public static class CohortStatus
{
    /// <summary>The track is completed.</summary>
    public const string Completed = "completed";

    /// <summary>Progress keeps up with the deadline (or there is none).</summary>
    public const string OnTrack = "on-track";

    /// <summary>Progress lags behind the deadline.</summary>
    public const string Behind = "behind";

    /// <summary>Nothing done yet, and not yet behind.</summary>
    public const string NotStarted = "not-started";

    /// <summary>How many percentage points below the expected percent a trainee may be before being behind.</summary>
    public const double Tolerance = 10;

    /// <summary>Every status, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Completed, OnTrack, Behind, NotStarted];

    /// <summary>The percent expected at <paramref name="now"/> of a trainee who joined at <paramref name="start"/>.</summary>
    /// <param name="start">When the trainee joined the cohort.</param>
    /// <param name="deadline">The deadline day: it ends at midnight UTC after it.</param>
    /// <param name="now">Now.</param>
    /// <returns>0 to 100.</returns>
    public static double Expected(DateTimeOffset start, DateOnly deadline, DateTimeOffset now)
    {
        var end = DeadlineEnd(deadline);
        if (now >= end || end <= start)
        {
            return 100;
        }

        return now <= start ? 0 : 100.0 * (now - start).Ticks / (end - start).Ticks;
    }

    /// <summary>The instant a deadline day ends (midnight UTC after it).</summary>
    /// <param name="deadline">The day.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset DeadlineEnd(DateOnly deadline) =>
        new(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Decides a trainee's status (see the type's summary for the rule).</summary>
    /// <param name="trackCompleted">Whether the track is completed.</param>
    /// <param name="percent">The trainee's percent.</param>
    /// <param name="anyProgress">Whether anything was done in the track's modules.</param>
    /// <param name="start">When the trainee joined the cohort.</param>
    /// <param name="deadline">The cohort's deadline, or null.</param>
    /// <param name="now">Now.</param>
    /// <returns>The status.</returns>
    public static string Of(bool trackCompleted, double percent, bool anyProgress, DateTimeOffset start, DateOnly? deadline, DateTimeOffset now)
    {
        if (trackCompleted)
        {
            return Completed;
        }

        if (deadline is { } day && (now >= DeadlineEnd(day) || percent < Expected(start, day, now) - Tolerance))
        {
            return Behind;
        }

        return anyProgress ? OnTrack : NotStarted;
    }
}
