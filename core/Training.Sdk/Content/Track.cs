namespace Training.Sdk.Content;

/// <summary>A certification track: the modules a trainee completes to earn a certificate.</summary>
public sealed record Track
{
    /// <summary>The track's stable id, unique across all modules (e.g. <c>mopa.ant</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The track's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>An optional description.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>The ids of the modules a trainee must complete, in the suggested order.</summary>
    public required IReadOnlyList<string> Modules { get; init; }

    /// <summary>
    /// How long a certificate stays valid, as an ISO 8601 duration (<c>P24M</c>, <c>P1Y</c>),
    /// or <see langword="null"/> when it never expires.
    /// </summary>
    public string? Validity { get; init; }
}
