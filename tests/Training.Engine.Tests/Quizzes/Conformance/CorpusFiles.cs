using System.Text.Json;
using Training.TestSupport;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>Loads corpus cases as NUnit cases; when ../shared is missing, a single case that skips.</summary>
internal static class CorpusFiles
{
    public static IEnumerable<TestCaseData> JsonCases(string relative)
    {
        var path = Path.Combine(RepositoryPaths.Shared, relative);
        if (!File.Exists(path))
        {
            yield return Missing(relative);
            yield break;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            yield return new TestCaseData(name, item.Clone()).SetArgDisplayNames(name);
        }
    }

    public static IEnumerable<TestCaseData> GiftPairs(string relativeFolder)
    {
        var folder = Path.Combine(RepositoryPaths.Shared, relativeFolder);
        if (!Directory.Exists(folder))
        {
            yield return Missing(relativeFolder);
            yield break;
        }

        foreach (var gift in Directory.GetFiles(folder, "*.gift").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(gift);
            var json = Path.ChangeExtension(gift, ".json");
            yield return new TestCaseData(name, gift, File.Exists(json) ? json : string.Empty).SetArgDisplayNames(name);
        }
    }

    private static TestCaseData Missing(string relative) =>
        new TestCaseData("missing", relative).SetArgDisplayNames("corpus-missing");
}
