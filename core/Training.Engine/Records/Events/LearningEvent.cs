namespace Training.Engine.Records.Events;

/// <summary>
/// One learning action, as appended to the event log. Events are never changed or deleted; the
/// progress tables are projections of them.
/// </summary>
/// <param name="Id">The event's sequence number, assigned by the store (0 before it is appended).</param>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened, one of <see cref="LearningEventKinds"/>.</param>
/// <param name="TraineeId">Who did it.</param>
/// <param name="ModuleId">The module concerned, if any.</param>
/// <param name="ModuleVersion">The module version installed when it happened, if a module is concerned.</param>
/// <param name="ItemId">The lesson, quiz or track concerned, if any.</param>
/// <param name="AttemptId">The quiz attempt concerned, if any.</param>
/// <param name="Data">Details as a JSON object (grade, seed, certificate id...), or null.</param>
public sealed record LearningEvent(
    long Id,
    DateTimeOffset At,
    string Kind,
    string TraineeId,
    string? ModuleId,
    string? ModuleVersion,
    string? ItemId,
    long? AttemptId,
    string? Data);
