namespace Training.Engine.Cohorts;

/// <summary>Why one line of a roster file cannot be imported.</summary>
/// <param name="Line">The line in the file, the header being line 1.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record RosterProblem(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Message}";
}
