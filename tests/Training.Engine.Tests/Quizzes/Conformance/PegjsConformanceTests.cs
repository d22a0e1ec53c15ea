using System.Text.Json;
using Training.Engine.Quizzes.Gift;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>
/// Runs every gift-pegjs test pair (corpora/gift-pegjs/tests/questions) through the parser.
/// gift-pegjs is not Moodle: where the two disagree we follow Moodle, and the cases affected are
/// listed in <see cref="s_deliberateDifferences"/> (also in docs/gift.md), asserting our behaviour instead.
/// </summary>
public sealed class PegjsConformanceTests
{
    private static readonly ConformanceTally s_tally = new("gift-pegjs");

    private static readonly Dictionary<string, string> s_deliberateDifferences = DeliberateDifferences.Pegjs;

    public static IEnumerable<TestCaseData> Cases() => CorpusFiles.GiftPairs("corpora/gift-pegjs/tests/questions");

    [TestCaseSource(nameof(Cases))]
    public void Parse_matches_gift_pegjs(string name, string giftPath, string jsonPath)
    {
        Training.TestSupport.RepositoryPaths.RequireShared("corpora/gift-pegjs/tests/questions");
        s_tally.Run(name, () =>
        {
            var result = GiftParser.Parse(File.ReadAllText(giftPath), Path.GetFileName(giftPath));
            if (s_deliberateDifferences.TryGetValue(name, out var reason))
            {
                DeliberateDifferences.AssertOurBehaviour(name, result, reason);
                return;
            }

            Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
            using var expected = JsonDocument.Parse(File.ReadAllText(jsonPath));
            PegjsExpectation.AssertMatches(result, expected.RootElement);
        });
    }

    [OneTimeTearDown]
    public void Summary() => s_tally.Report();
}
