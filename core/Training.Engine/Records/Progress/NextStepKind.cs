namespace Training.Engine.Records.Progress;

/// <summary>What a <see cref="NextStep"/> asks the trainee to do.</summary>
public enum NextStepKind
{
    /// <summary>Read a lesson.</summary>
    Lesson,

    /// <summary>Take a quiz.</summary>
    Quiz,
}
