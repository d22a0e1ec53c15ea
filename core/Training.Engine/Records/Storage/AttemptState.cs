namespace Training.Engine.Records.Storage;

/// <summary>Where a quiz attempt stands.</summary>
public enum AttemptState
{
    /// <summary>Started, not yet submitted.</summary>
    Open,

    /// <summary>Submitted and graded.</summary>
    Submitted,

    /// <summary>Closed ungraded: submitted (or found) after its deadline.</summary>
    Expired,
}
