namespace Training.Engine.Records.Storage;

/// <summary>Projection row: a lesson a trainee completed.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="LessonId">The lesson.</param>
/// <param name="ModuleVersion">The module version it was completed on.</param>
/// <param name="CompletedAt">When.</param>
/// <param name="EventId">The lesson-completed event (compared with a module reset).</param>
public sealed record LessonProgressRow(string TraineeId, string ModuleId, string LessonId, string ModuleVersion, DateTimeOffset CompletedAt, long EventId);
