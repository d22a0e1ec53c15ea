using Training.Cli.Hosting;
using Training.Engine.Manifests;

namespace Training.Cli.Commands;

/// <summary>What installing a new version of a module changes for trainees who already worked on it.</summary>
internal static class UpgradeText
{
    public static IReadOnlyList<string> Describe(CliContext context, string previousDirectory, string incomingDirectory)
    {
        var previous = ManifestReader.Read(Path.Combine(previousDirectory, ManifestReader.FileName)).Manifest;
        var incoming = ManifestReader.Read(Path.Combine(incomingDirectory, ManifestReader.FileName)).Manifest;
        if (previous is null || incoming is null)
        {
            return [];
        }

        var impact = context.Records.DescribeUpgrade(previous, incoming);
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
