using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.Engine.Versioning;
using Training.Sdk.Content;
using Training.TestSupport;

namespace Training.Engine.Tests.Manifests;

public sealed class ManifestReaderTests
{
    private const string Full = """
        id: bretagne.e-reputation
        version: 1.2.0
        sdk: ^1.0
        title: { fr: E-réputation et avis clients, en: Online reputation and reviews }
        description: { fr: Gérer les avis, en: Managing reviews }
        authors: [Région Bretagne, MOPA]
        assembly: bin/Bretagne.EReputation.dll
        requires:
          - { id: mopa.social-networks, version: ">=1.0.0" }
          - { id: mopa.basics }
        prerequisites: [mopa.social-networks]
        lessons:
          - { id: why-reviews, file: lessons/why-reviews.md }
          - id: answer-reviews
            file: lessons/answer-reviews.md
        quizzes:
          - { id: final, file: quizzes/final.gift, passMark: 75%, attempts: 3, grading: average,
              shuffle: true, timeLimit: 1h30m, points: 2 }
          - { id: warm-up, file: quizzes/warm-up.gift, passMark: 0.5, points: { q1: 2, q2: 0.5 }, timeLimit: PT20M }
        tracks:
          - { id: bretagne.ant, title: { fr: ANT, en: ANT track }, description: Le parcours,
              modules: [mopa.social-networks, bretagne.e-reputation], validity: P24M }
        completion: quizzes
        breaking: true
        changes: Quiz final refait.
        """;

    [Test]
    public void Reads_a_full_manifest_into_the_model()
    {
        using var folder = WriteModule(Full);

        var result = ManifestReader.Read(Path.Combine(folder.Path, "module.yaml"));

        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        var manifest = result.Manifest!;
        Assert.That(manifest.Id, Is.EqualTo("bretagne.e-reputation"));
        Assert.That(manifest.Version, Is.EqualTo(SemanticVersion.Parse("1.2.0")));
        Assert.That(manifest.Sdk.Text, Is.EqualTo("^1.0"));
        Assert.That(manifest.Title, Is.EqualTo(LocalizedText.Of("E-réputation et avis clients", "Online reputation and reviews")));
        Assert.That(manifest.Description.Get("en"), Is.EqualTo("Managing reviews"));
        Assert.That(manifest.Authors, Is.EqualTo(new[] { "Région Bretagne", "MOPA" }));
        Assert.That(manifest.Assembly, Is.EqualTo("bin/Bretagne.EReputation.dll"));
        Assert.That(manifest.IsCodePlugin, Is.True);
        Assert.That(manifest.Requires.Select(r => (r.ModuleId, r.Versions.Text)), Is.EqualTo(new[] { ("mopa.social-networks", ">=1.0.0"), ("mopa.basics", "*") }));
        Assert.That(manifest.Requires[0].Location, Is.EqualTo(new SourceLocation(result.Manifest!.ManifestPath, 9, 5)));
        Assert.That(manifest.Prerequisites.Select(p => p.ModuleId), Is.EqualTo(new[] { "mopa.social-networks" }));
        Assert.That(manifest.Lessons.Select(l => (l.Id, l.File, l.Location.Line)), Is.EqualTo(new[] { ("why-reviews", "lessons/why-reviews.md", 13), ("answer-reviews", "lessons/answer-reviews.md", 14) }));
        Assert.That(manifest.Quizzes[0].Settings, Is.EqualTo(QuizSettings.Default with
        {
            PassMark = 0.75,
            Attempts = 3,
            Grading = GradingMethod.Average,
            Shuffle = true,
            TimeLimit = TimeSpan.FromMinutes(90),
            DefaultPoints = 2,
            QuestionPoints = manifest.Quizzes[0].Settings.QuestionPoints,
        }));
        Assert.That(manifest.Quizzes[1].Settings.PassMark, Is.EqualTo(0.5));
        Assert.That(manifest.Quizzes[1].Settings.TimeLimit, Is.EqualTo(TimeSpan.FromMinutes(20)));
        Assert.That(manifest.Quizzes[1].Settings.PointsFor("q1"), Is.EqualTo(2));
        Assert.That(manifest.Quizzes[1].Settings.PointsFor("q3"), Is.EqualTo(1));
        var track = manifest.ToTracks().Single();
        Assert.That(track.Id, Is.EqualTo("bretagne.ant"));
        Assert.That(track.Modules, Is.EqualTo(new[] { "mopa.social-networks", "bretagne.e-reputation" }));
        Assert.That(track.Validity, Is.EqualTo("P24M"));
        Assert.That(track.Description, Is.EqualTo(LocalizedText.Of("Le parcours")));
        Assert.That(manifest.Tracks[0].Validity, Is.EqualTo(IsoPeriod.Parse("P24M")));
        Assert.That(manifest.Completion, Is.EqualTo(CompletionRule.Quizzes));
        Assert.That(manifest.Breaking, Is.True);
        Assert.That(manifest.Changes, Is.EqualTo("Quiz final refait."));
        Assert.That(manifest.ModuleDirectory, Is.EqualTo(Path.GetFullPath(folder.Path)));
        Assert.That(manifest.ResolvePath(manifest.Lessons[0].File), Is.EqualTo(Path.Combine(folder.Path, "lessons", "why-reviews.md")));
        Assert.That(manifest.LocationOf("sdk"), Is.EqualTo(new SourceLocation(manifest.ManifestPath, 3, 6)));
    }

    [Test]
    public void Applies_defaults_for_optional_fields()
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + "quizzes:\n  - { id: final, file: final.gift }\n");

        var manifest = result.Manifest!;
        Assert.That(manifest.Quizzes[0].Settings, Is.EqualTo(QuizSettings.Default));
        Assert.That(manifest.Completion, Is.EqualTo(CompletionRule.All));
        Assert.That(manifest.Breaking, Is.False);
        Assert.That(manifest.Description, Is.EqualTo(LocalizedText.Empty));
        Assert.That(manifest.Title, Is.EqualTo(LocalizedText.Of("E-réputation")));
        Assert.That(manifest.ModuleDirectory, Is.Null);
    }

    [Test]
    public void Keeps_the_manifest_when_only_entries_are_invalid()
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + "lessons:\n  - { id: Bad, file: a.md }\n  - { id: good, file: b.md }\n");

        Assert.That(result.Manifest!.Lessons.Select(l => l.Id), Is.EqualTo(new[] { "good" }));
        Assert.That(result.HasErrors, Is.True);
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Reports_missing_content_files_but_not_missing_translations()
    {
        using var folder = new TempDirectory();
        folder.Write("module.yaml", ManifestTestKit.Head + """
            assembly: Plugin.dll
            lessons:
              - { id: intro, file: lessons/intro.md }
              - { id: gone, file: lessons/gone.md }
            quizzes:
              - { id: final, file: quizzes/final.gift }
            """);
        folder.Write("lessons/intro.md", "# Intro");

        var result = ManifestReader.Read(Path.Combine(folder.Path, "module.yaml"));

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.AssemblyMissing).Location!.Line, Is.EqualTo(5));
        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.LessonFileMissing).Location!.Line, Is.EqualTo(8));
        var quiz = ManifestTestKit.Single(result, DiagnosticCodes.QuizFileMissing);
        Assert.That((quiz.Location!.Line, quiz.Location.Column), Is.EqualTo((10, 24)));
        Assert.That(result.Diagnostics, Has.Count.EqualTo(3));
    }

    [Test]
    public void Reports_a_missing_manifest_file()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "module.yaml");

        var result = ManifestReader.Read(path);

        var diagnostic = ManifestTestKit.Single(result, DiagnosticCodes.ManifestUnreadable);
        Assert.That(diagnostic.Location, Is.EqualTo(new SourceLocation(path)));
        Assert.That(result.Manifest, Is.Null);
    }

    [Test]
    public void Reports_invalid_utf8_at_the_first_bad_byte()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "module.yaml");
        File.WriteAllBytes(path, [.. "id: a.b\ntitle: É"u8, 0xC3, 0x28, .. "\n"u8]);

        var result = ManifestReader.Read(path);

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.ManifestUnreadable).Location, Is.EqualTo(new SourceLocation(path, 2, 9)));
    }

    [Test]
    public void Rejects_a_huge_file_without_parsing_it()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("module.yaml", "# " + new string('x', 2 * 1024 * 1024));

        var result = ManifestReader.Read(path);

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.ManifestUnreadable).Message, Does.Contain("larger than"));
    }

    [Test]
    public void Accepts_a_byte_order_mark()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "module.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(ManifestTestKit.Head + "assembly: a.dll\n")]);
        folder.Write("a.dll", string.Empty);

        var result = ManifestReader.Read(path);

        Assert.That(result.IsValid, Is.True, () => ManifestTestKit.Dump(result));
    }

    [Test]
    public void Formats_an_unknown_field_like_a_compiler()
    {
        var result = ManifestTestKit.Parse("id: a.b\nversion: 1.0.0\nsdk: ^1.0\ntitel: T\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.UnknownField).ToString(), Is.EqualTo("module.yaml:4:1: error TRN002: Unknown field 'titel'. Did you mean 'title'?"));
    }

    private static TempDirectory WriteModule(string manifest)
    {
        var folder = new TempDirectory();
        folder.Write("module.yaml", manifest);
        folder.Write("bin/Bretagne.EReputation.dll", string.Empty);
        folder.Write("lessons/why-reviews.md", "# Why");
        folder.Write("lessons/answer-reviews.md", "# Answer");
        folder.Write("quizzes/final.gift", "::q1:: 1+1 {=2}");
        folder.Write("quizzes/warm-up.gift", "::q1:: 1+1 {=2}");
        return folder;
    }
}
