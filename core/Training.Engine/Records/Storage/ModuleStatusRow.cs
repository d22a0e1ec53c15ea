namespace Training.Engine.Records.Storage;

/// <summary>Projection row: a trainee's completion of a module.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="Completed">True once completed; sticky across non-breaking upgrades.</param>
/// <param name="CompletedAt">When it was completed, or null.</param>
/// <param name="CompletedVersion">The module version it was completed on, or null.</param>
/// <param name="ResetEventId">The last module-reset event (breaking upgrade applied); progress recorded before it no longer counts. 0 when never reset.</param>
/// <param name="ResetVersion">The module version whose breaking upgrade was last applied, or null.</param>
public sealed record ModuleStatusRow(string TraineeId, string ModuleId, bool Completed, DateTimeOffset? CompletedAt, string? CompletedVersion, long ResetEventId, string? ResetVersion);
