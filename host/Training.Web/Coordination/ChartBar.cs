namespace Training.Web.Coordination;

/// <summary>One bar of the progress chart; numbers already written for SVG attributes (invariant culture).</summary>
internal sealed record ChartBar(string Label, string Title, string Y, string TextY, string Width, string Color, string? ExpectedX, string Value)
{
    public string? TraineeId { get; init; }

    public string? Status { get; init; }
}
