using System.Text.Json;
using Training.Engine.Quizzes.Gift;
using Training.TestSupport;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>Runs every case of Moodle's own GIFT import tests (corpora/moodle-gift) through the parser.</summary>
public sealed class MoodleGiftConformanceTests
{
    private static readonly ConformanceTally s_tally = new("moodle-gift");

    public static IEnumerable<TestCaseData> Cases() => CorpusFiles.JsonCases("corpora/moodle-gift/cases.json");

    public static IEnumerable<TestCaseData> MetadataCases() => CorpusFiles.JsonCases("corpora/moodle-gift/comment_metadata_cases.json");

    [TestCaseSource(nameof(Cases))]
    public void Import_case_matches_moodle(string name, JsonElement testCase)
    {
        s_tally.Run(name, () =>
        {
            var gift = testCase.GetProperty("gift").GetString()!;
            var expected = testCase.GetProperty("expected");
            var result = GiftParser.Parse(gift, name + ".gift");

            Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
            Assert.That(result.Questions, Has.Count.EqualTo(1));
            MoodleExpectation.AssertMatches(result.Questions[0], expected);
        });
    }

    [TestCaseSource(nameof(MetadataCases))]
    public void Comment_metadata_matches_moodle(string name, JsonElement testCase)
    {
        s_tally.Run("metadata: " + name, () =>
        {
            var comment = testCase.GetProperty("comment").GetString()!;
            var expected = testCase.GetProperty("expected");
            var result = GiftParser.Parse(comment + "\nQuestion?{}", "meta.gift");

            Assert.That(result.Questions, Has.Count.EqualTo(1), () => string.Join("\n", result.Diagnostics));
            var question = result.Questions[0];
            var expectedId = expected.GetProperty("idnumber").GetString()!;
            Assert.That(question.Id, Is.EqualTo(expectedId.Length == 0 ? "q1" : expectedId));
            Assert.That(question.Tags, Is.EqualTo(expected.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToArray()));
        });
    }

    [Test]
    public void Fixture_questions_gift_imports_like_moodle_except_the_duplicate_title()
    {
        // Moodle imports 9 questions; two of them are both titled "2-08 TSL" with no [id:], and
        // ids must be unique here, so the second is reported (a deliberate difference, docs/gift.md).
        var path = RepositoryPaths.RequireShared("corpora/moodle-gift/fixtures/questions.gift.txt");
        var result = GiftParser.Parse(File.ReadAllText(path), "questions.gift.txt");

        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Location!.Line)), Is.EqualTo(new[] { ("TRN051", 49) }));
        Assert.That(result.Questions, Has.Count.EqualTo(8));
        Assert.That(result.Questions.Select(q => q.Title), Does.Contain("colours"));
        Assert.That(result.Questions.Select(q => q.Text), Does.Contain("What's between orange and green in the spectrum?"));
    }

    [Test]
    public void Fixture_in_category_sets_the_category_on_following_questions()
    {
        var path = RepositoryPaths.RequireShared("corpora/moodle-gift/fixtures/questions_in_category.gift.txt");
        var result = GiftParser.Parse(File.ReadAllText(path), "questions_in_category.gift.txt");

        Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
        Assert.That(result.Questions, Has.Count.EqualTo(4));
        Assert.That(result.Questions.Select(q => q.Category).Distinct(), Is.EqualTo(new[] { "$course$/Default for New Features" }));
        var greeting = result.Questions.Single(q => q.Title == "Greeting");
        Assert.That(greeting.Text, Does.StartWith("<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">Listen to this greeting:</a>"));
    }

    [OneTimeTearDown]
    public void Summary() => s_tally.Report();
}
