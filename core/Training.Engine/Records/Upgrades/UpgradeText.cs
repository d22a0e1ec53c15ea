using Training.Engine.Manifests;
using Training.Engine.Packaging;

namespace Training.Engine.Records.Upgrades;

/// <summary>
/// What installing a new version of a module changes for trainees who already worked on it, as the
/// lines a package install reports (<see cref="PackageInstallResult.UpgradeSummary"/>). The command
/// line's <c>training modules install</c> and the web host's package upload print the same lines.
/// </summary>
public static class UpgradeText
{
    /// <summary>An upgrade summarizer for <see cref="PackageInstaller"/> over these records.</summary>
    /// <param name="records">The learning records.</param>
    /// <returns>The summarizer.</returns>
    public static UpgradeSummarizer For(LearningRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return (previous, incoming) => Describe(records, previous, incoming);
    }

    /// <summary>Describes the upgrade from the module in <paramref name="previousDirectory"/> to the one in <paramref name="incomingDirectory"/>.</summary>
    /// <param name="records">The learning records.</param>
    /// <param name="previousDirectory">The installed module's folder.</param>
    /// <param name="incomingDirectory">The new version's folder.</param>
    /// <returns>One line per fact; none when a manifest cannot be read (the installer reports that itself).</returns>
    public static IReadOnlyList<string> Describe(LearningRecords records, string previousDirectory, string incomingDirectory)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previous = ManifestReader.Read(Path.Combine(previousDirectory, ManifestReader.FileName)).Manifest;
        var incoming = ManifestReader.Read(Path.Combine(incomingDirectory, ManifestReader.FileName)).Manifest;
        if (previous is null || incoming is null)
        {
            return [];
        }

        var impact = records.DescribeUpgrade(previous, incoming);
        var lines = new List<string>
        {
            $"Upgrade {impact.ModuleId} {impact.FromVersion} -> {impact.ToVersion}: {impact.TraineesWithProgress} trainee(s) have progress on it; every recorded event is kept.",
            $"Lessons added: {List(impact.LessonsAdded)}; removed (no longer counted, history kept): {List(impact.LessonsRemoved)}.",
            $"Quizzes added: {List(impact.QuizzesAdded)}; removed: {List(impact.QuizzesRemoved)}.",
            $"Lesson progress kept: {impact.ProgressRowsKept}; no longer counted: {impact.ProgressRowsStopCounting}.",
            impact.Breaking
                ? $"The new version declares a breaking change: {impact.CompletionsResetIfApplied} completion(s) would be reset if a coordinator runs 'training modules apply-breaking {impact.ModuleId} --yes'."
                : $"Completions kept: {impact.CompletionsKept}.",
        };
        return lines;
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
