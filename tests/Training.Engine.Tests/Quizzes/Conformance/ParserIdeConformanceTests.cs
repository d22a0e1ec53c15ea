using System.Text.Json;
using Training.Engine.Quizzes.Gift;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>
/// gift-parser-ide's cases: pass cases compare like gift-pegjs; error cases must give at least
/// one error diagnostic (those whose expected error list is empty must parse cleanly).
/// </summary>
public sealed class ParserIdeConformanceTests
{
    private static readonly ConformanceTally s_tally = new("gift-parser-ide");

    public static IEnumerable<TestCaseData> PassCases() => CorpusFiles.GiftPairs("corpora/gift-parser-ide/tests/mocks/main/pass");

    public static IEnumerable<TestCaseData> ErrorCases() => CorpusFiles.GiftPairs("corpora/gift-parser-ide/tests/mocks/main/error");

    [TestCaseSource(nameof(PassCases))]
    public void Pass_case_matches(string name, string giftPath, string jsonPath)
    {
        Training.TestSupport.RepositoryPaths.RequireShared("corpora/gift-parser-ide/tests/mocks/main/pass");
        s_tally.Run("pass/" + name, () =>
        {
            var result = GiftParser.Parse(File.ReadAllText(giftPath), Path.GetFileName(giftPath));
            if (DeliberateDifferences.ParserIdePass.TryGetValue(name, out var reason))
            {
                DeliberateDifferences.AssertOurBehaviour(name, result, reason);
                return;
            }

            Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
            using var expected = JsonDocument.Parse(File.ReadAllText(jsonPath));
            PegjsExpectation.AssertMatches(result, expected.RootElement);
        });
    }

    [TestCaseSource(nameof(ErrorCases))]
    public void Error_case_is_reported(string name, string giftPath, string jsonPath)
    {
        Training.TestSupport.RepositoryPaths.RequireShared("corpora/gift-parser-ide/tests/mocks/main/error");
        s_tally.Run("error/" + name, () =>
        {
            var result = GiftParser.Parse(File.ReadAllText(giftPath), Path.GetFileName(giftPath));
            if (DeliberateDifferences.ParserIdeErrors.TryGetValue(name, out var reason))
            {
                DeliberateDifferences.AssertOurBehaviour(name, result, reason);
                return;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                TestContext.Out.WriteLine(diagnostic.ToString());
            }

            using var expected = JsonDocument.Parse(File.ReadAllText(jsonPath));
            if (expected.RootElement.GetArrayLength() == 0)
            {
                Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
                Assert.That(result.Questions, Is.Not.Empty);
            }
            else
            {
                Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Not.Empty, "expected at least one error");
                foreach (var error in result.Diagnostics.Where(d => d.IsError))
                {
                    Assert.That(error.Location!.Line, Is.GreaterThan(0));
                    Assert.That(error.Code, Does.Match("^TRN0[4-6][0-9]$"));
                }
            }
        });
    }

    [OneTimeTearDown]
    public void Summary() => s_tally.Report();
}
