namespace Training.TestSupport;

/// <summary>A clock that only moves when a test moves it.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    /// <summary>Creates the clock.</summary>
    /// <param name="start">The starting instant (UTC).</param>
    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    /// <summary>Creates a clock at 2026-01-15 09:00 UTC.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => _now += by;
}
