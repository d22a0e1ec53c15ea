namespace Training.Engine.Records.Storage;

/// <summary>Projection row: one quiz attempt, pinned to the module version it was made on.</summary>
/// <param name="Id">The attempt id: the id of its attempt-started event.</param>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="QuizId">The quiz.</param>
/// <param name="ModuleVersion">The module version the attempt was made on.</param>
/// <param name="Number">1 for the trainee's first attempt at the quiz (since the last reset), 2 for the next...</param>
/// <param name="Seed">The shuffle seed.</param>
/// <param name="Language">The language the trainee answers in.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Deadline">When it must be submitted, or null.</param>
/// <param name="State">Open, submitted or expired.</param>
/// <param name="SubmittedAt">When it was submitted or closed, or null.</param>
/// <param name="Score">The points earned, once submitted.</param>
/// <param name="MaxScore">The points available, once submitted.</param>
/// <param name="Percent">The grade 0..100, once submitted.</param>
/// <param name="Passed">Whether this attempt alone reached the pass mark.</param>
public sealed record AttemptRow(
    long Id,
    string TraineeId,
    string ModuleId,
    string QuizId,
    string ModuleVersion,
    int Number,
    long Seed,
    string Language,
    DateTimeOffset StartedAt,
    DateTimeOffset? Deadline,
    AttemptState State,
    DateTimeOffset? SubmittedAt,
    double? Score,
    double? MaxScore,
    double? Percent,
    bool Passed)
{
    /// <summary>Submitted with an essay still waiting for a coordinator's grade: its percent is not final, so it does not count toward the quiz yet.</summary>
    public bool AwaitingReview { get; init; }
}
