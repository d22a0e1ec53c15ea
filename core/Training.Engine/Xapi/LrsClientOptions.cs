namespace Training.Engine.Xapi;

/// <summary>How <see cref="LrsClient"/> sends statements.</summary>
public sealed record LrsClientOptions
{
    /// <summary>Statements per POST (50 by default).</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Tries per batch before giving up, the first included (5 by default).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the first retry; it doubles at each retry (500 ms by default).</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between tries, <c>Retry-After</c> included (10 s by default).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one request may take before it counts as failed and is retried (30 s by default).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock the waits use.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
