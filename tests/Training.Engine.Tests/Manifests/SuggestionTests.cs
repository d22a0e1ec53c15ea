using Training.Engine.Diagnostics;
using Training.Engine.Manifests;

namespace Training.Engine.Tests.Manifests;

public sealed class SuggestionTests
{
    [TestCase("titel", "title")]
    [TestCase("Title", "title")]
    [TestCase("lesson", "lessons")]
    [TestCase("prerequisite", "prerequisites")]
    [TestCase("requirs", "requires")]
    [TestCase("verison", "version")]
    [TestCase("descripton", "description")]
    public void Suggests_the_nearest_root_field(string typo, string expected)
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + $"{typo}: x\nlessons: []\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.UnknownField).Hint, Is.EqualTo($"Did you mean '{expected}'?"));
    }

    [TestCase("passmark", "passMark")]
    [TestCase("time-limit", "timeLimit")]
    [TestCase("attempt", "attempts")]
    public void Suggests_the_nearest_quiz_field(string typo, string expected)
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + $"quizzes:\n  - {{ id: q, file: q.gift, {typo}: 1 }}\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.UnknownField).Hint, Is.EqualTo($"Did you mean '{expected}'?"));
    }

    [Test]
    public void Lists_the_fields_when_nothing_is_close()
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + "colour: blue\nlessons: []\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.UnknownField).Hint, Does.StartWith("The fields of the manifest are: id, version"));
    }

    [TestCase("fre", "Did you mean 'fr'?")]
    [TestCase("eng", "Did you mean 'en'?")]
    [TestCase("de", "The languages are fr and en.")]
    public void Suggests_the_nearest_language(string language, string hintStart)
    {
        var result = ManifestTestKit.Parse($"id: a.b\nversion: 1.0.0\nsdk: ^1.0\ntitle: {{ fr: T, {language}: U }}\nlessons: []\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.UnknownField).Hint, Does.StartWith(hintStart));
    }

    [Test]
    public void Suggests_the_nearest_grading()
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + "quizzes:\n  - { id: q, file: q.gift, grading: higest }\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.InvalidGrading).Hint, Does.StartWith("Did you mean 'highest'?"));
    }

    [TestCase("Bretagne.E_Reputation", "bretagne.e-reputation")]
    [TestCase("bretagne.e reputation", "bretagne.e-reputation")]
    public void Suggests_a_valid_module_id(string id, string expected)
    {
        var result = ManifestTestKit.Parse($"id: {id}\nversion: 1.0.0\nsdk: ^1.0\ntitle: T\nlessons: []\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.InvalidModuleId).Hint, Does.StartWith($"Did you mean '{expected}'?"));
    }

    [Test]
    public void Suggests_three_numbers_for_a_short_version()
    {
        var result = ManifestTestKit.Parse("id: a.b\nversion: 1.2\nsdk: ^1.0\ntitle: T\nlessons: []\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.InvalidVersion).Hint, Is.EqualTo("Use three numbers, e.g. '1.2.0'."));
    }

    [TestCase("title", "title", 0)]
    [TestCase("titel", "title", 1)]
    [TestCase("ca", "abc", 3)]
    [TestCase("", "abc", 3)]
    [TestCase("kitten", "sitting", 3)]
    public void Measures_the_edit_distance(string a, string b, int expected) =>
        Assert.That(NameSuggester.Distance(a, b), Is.EqualTo(expected));

    [Test]
    public void Does_not_suggest_a_distant_name() =>
        Assert.That(NameSuggester.Suggest("zzz", ["fr", "en"]), Is.Null);
}
