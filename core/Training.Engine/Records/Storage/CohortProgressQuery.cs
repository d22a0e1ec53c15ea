namespace Training.Engine.Records.Storage;

/// <summary>What the cohort report aggregates: the members of a cohort against the items of the installed modules of its track.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="TrackId">Its track (for the track status and certificate).</param>
/// <param name="Modules">The track's modules.</param>
/// <param name="Lessons">The lessons that count, as (module, lesson).</param>
/// <param name="Quizzes">The quizzes that count, with their grading rules.</param>
public sealed record CohortProgressQuery(
    string CohortId,
    string TrackId,
    IReadOnlyList<string> Modules,
    IReadOnlyList<(string ModuleId, string LessonId)> Lessons,
    IReadOnlyList<CohortQuizRule> Quizzes);
