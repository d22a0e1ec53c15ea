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
            yield return Missing(relative, "missing", default(JsonElement));
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
            yield return Missing(relativeFolder, "missing", string.Empty, string.Empty);
            yield break;
        }

        foreach (var gift in Directory.GetFiles(folder, "*.gift").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(gift);
            var json = Path.ChangeExtension(gift, ".json");
            yield return new TestCaseData(name, gift, File.Exists(json) ? json : string.Empty).SetArgDisplayNames(name);
        }
    }

    // The placeholder has the test method's arity and is ignored, so a checkout without ../shared
    // reports one clearly skipped case per corpus instead of failures.
    private static TestCaseData Missing(string relative, params object?[] arguments) =>
        new TestCaseData(arguments)
            .SetArgDisplayNames("corpus-missing")
            .Ignore($"Skipped: '{Path.Combine(RepositoryPaths.Shared, relative)}' is missing. This test reads the external corpora in ../shared beside the checkout, which only CI and developer machines have.");
}
