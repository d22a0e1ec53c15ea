namespace Training.Engine.Records.Progress;

/// <summary>The values of <see cref="ModuleProgress.Status"/>.</summary>
public static class ModuleProgressStatus
{
    /// <summary>Nothing recorded that counts.</summary>
    public const string NotStarted = "not-started";

    /// <summary>Some progress, not completed.</summary>
    public const string InProgress = "in-progress";

    /// <summary>Completed.</summary>
    public const string Completed = "completed";
}
