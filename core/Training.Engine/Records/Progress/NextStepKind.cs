namespace Training.Engine.Records.Progress;

/// <summary>What a <see cref="NextStep"/> asks the trainee to do.</summary>
public enum NextStepKind
{
    /// <summary>Read a lesson.</summary>
    Lesson,

    /// <summary>Take a quiz.</summary>
    Quiz,

    /// <summary>
    /// Nothing to do but wait: the quiz's submitted attempt has an essay waiting for a coordinator's grade.
    /// Only given when no lesson or quiz is open elsewhere in the trainee's tracks.
    /// </summary>
    AwaitingReview,
}
