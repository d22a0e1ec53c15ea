namespace Training.Engine.Cohorts;

/// <summary>One well-formed line of a roster file, normalized.</summary>
internal sealed record RosterRow(int Line, string Id, string Name, string? Email);
