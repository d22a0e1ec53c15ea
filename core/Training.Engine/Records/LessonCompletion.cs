namespace Training.Engine.Records;

/// <summary>One lesson completion to record in bulk.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="LessonId">The lesson.</param>
public sealed record LessonCompletion(string TraineeId, string ModuleId, string LessonId);
