using Training.Engine.Diagnostics;
using static Training.Engine.Tests.Manifests.ManifestTestKit;

namespace Training.Engine.Tests.Manifests;

/// <summary>
/// One case per diagnostic the manifest text alone can produce: the code, and the line and column
/// of the node the author must change (the column is where <c>token</c> starts on that line).
/// </summary>
public sealed class ManifestDiagnosticTests
{
    private const string Quiz = "quizzes:\n  - { id: final, file: q.gift, ";
    private const string Track = "tracks:\n  - { id: bretagne.ant, title: T, ";

    private static readonly object[] s_cases =
    [
        Case("unknown root field", Head + "titel: x\n", DiagnosticCodes.UnknownField, 5, "titel"),
        Case("unknown lesson field", Head + "lessons:\n  - { id: intro, fiel: a.md }\n", DiagnosticCodes.UnknownField, 6, "fiel"),
        Case("unknown quiz field", Head + Quiz + "passmark: 80% }\n", DiagnosticCodes.UnknownField, 6, "passmark"),
        Case("unknown track field", Head + Track + "modules: [a.b], valid: P1Y }\n", DiagnosticCodes.UnknownField, 6, "valid"),
        Case("unknown requires field", Head + "requires:\n  - { id: a.b, versions: '*' }\n", DiagnosticCodes.UnknownField, 6, "versions"),
        Case("unknown language", Head + "description: { fr: x, de: y }\n", DiagnosticCodes.UnknownField, 5, "de:"),
        Case("malformed YAML", Head + "authors: x: y\n", DiagnosticCodes.YamlSyntax, 5, ": y"),
        Case("empty file", string.Empty, DiagnosticCodes.ManifestEmpty, 1, string.Empty),
        Case("comments only", "# nothing yet\n", DiagnosticCodes.ManifestEmpty, 1, string.Empty),
        Case("root is a list", "- id: a.b\n", DiagnosticCodes.ManifestNotMapping, 1, "-"),
        Case("root is a scalar", "hello\n", DiagnosticCodes.ManifestNotMapping, 1, "hello"),
        Case("two documents", Head + "---\nid: a.b\n", DiagnosticCodes.ManifestNotMapping, 5, "---"),
        Case("duplicate root key", Head + "version: 2.0.0\n", DiagnosticCodes.DuplicateKey, 5, "version"),
        Case("duplicate nested key", Head + "lessons:\n  - { id: a, id: b, file: x.md }\n", DiagnosticCodes.DuplicateKey, 6, "id: b"),
        Case("alias", "id: &x bretagne.e-reputation\nversion: 1.2.0\nsdk: ^1.0\ntitle: *x\n", DiagnosticCodes.YamlAliasNotAllowed, 4, "*x"),
        Case("merge key", Head + "lessons:\n  - &l { id: a, file: a.md }\n  - { <<: *l, id: b }\n", DiagnosticCodes.YamlAliasNotAllowed, 7, "*l"),
        Case("missing title", "id: a.b\nversion: 1.0.0\nsdk: ^1.0\nlessons: []\n", DiagnosticCodes.MissingField, 1, "id"),
        Case("missing lesson file", Head + "lessons:\n  - { id: intro }\n", DiagnosticCodes.MissingField, 6, "{"),
        Case("empty title map", "id: a.b\nversion: 1.0.0\nsdk: ^1.0\ntitle: {}\n", DiagnosticCodes.MissingField, 4, "{}"),
        Case("list expected", Head + "lessons: intro.md\n", DiagnosticCodes.WrongType, 5, "intro.md"),
        Case("mapping expected", Head + "lessons:\n  - intro.md\n", DiagnosticCodes.WrongType, 6, "intro.md"),
        Case("text expected", Head + "changes: [a]\n", DiagnosticCodes.WrongType, 5, "[a]"),
        Case("bool expected", Head + "breaking: maybe\n", DiagnosticCodes.WrongType, 5, "maybe"),
        Case("shuffle not bool", Head + Quiz + "shuffle: yes }\n", DiagnosticCodes.WrongType, 6, "yes"),
        Case("invalid module id", "id: Bretagne\nversion: 1.0.0\nsdk: ^1.0\ntitle: T\n", DiagnosticCodes.InvalidModuleId, 1, "Bretagne"),
        Case("invalid requires id", Head + "requires:\n  - { id: social }\n", DiagnosticCodes.InvalidModuleId, 6, "social"),
        Case("invalid version", "id: a.b\nversion: 1.2\nsdk: ^1.0\ntitle: T\n", DiagnosticCodes.InvalidVersion, 2, "1.2"),
        Case("invalid sdk range", "id: a.b\nversion: 1.0.0\nsdk: banana\ntitle: T\n", DiagnosticCodes.InvalidVersionRange, 3, "banana"),
        Case("invalid requires range", Head + "requires:\n  - { id: a.b, version: '>>1' }\n", DiagnosticCodes.InvalidVersionRange, 6, "'>>1'"),
        Case("invalid lesson id", Head + "lessons:\n  - { id: Intro_1, file: a.md }\n", DiagnosticCodes.InvalidEntryId, 6, "Intro_1"),
        Case("invalid quiz id", Head + "quizzes:\n  - { id: -final, file: q.gift }\n", DiagnosticCodes.InvalidEntryId, 6, "-final"),
        Case("invalid track id", Head + "tracks:\n  - { id: ant, title: T, modules: [a.b] }\n", DiagnosticCodes.InvalidTrackId, 6, "ant"),
        Case("duplicate lesson id", Head + "lessons:\n  - { id: intro, file: a.md }\n  - { id: intro, file: b.md }\n", DiagnosticCodes.DuplicateEntryId, 7, "intro"),
        Case("duplicate quiz id", Head + "quizzes:\n  - { id: q, file: a.gift }\n  - { id: q, file: b.gift }\n", DiagnosticCodes.DuplicateEntryId, 7, "q,"),
        Case("duplicate track id", Head + "tracks:\n  - { id: a.t, title: T, modules: [a.b] }\n  - { id: a.t, title: U, modules: [a.b] }\n", DiagnosticCodes.DuplicateEntryId, 7, "a.t"),
        Case("duplicate requires", Head + "requires:\n  - { id: a.b }\n  - { id: a.b, version: ^1.0 }\n", DiagnosticCodes.DuplicateDependency, 7, "a.b"),
        Case("duplicate prerequisite", Head + "requires: [{ id: a.b }]\nprerequisites: [a.b, a.b]\nlessons: []\n", DiagnosticCodes.DuplicateDependency, 6, "a.b]"),
        Case("requires itself", Head + "requires:\n  - { id: bretagne.e-reputation }\n", DiagnosticCodes.DependsOnItself, 6, "bretagne"),
        Case("prerequisite of itself", Head + "prerequisites: [bretagne.e-reputation]\n", DiagnosticCodes.DependsOnItself, 5, "bretagne"),
        Case("prerequisite not required", Head + "prerequisites: [mopa.social-networks]\n", DiagnosticCodes.PrerequisiteNotRequired, 5, "mopa"),
        Case("path escapes", Head + "lessons:\n  - { id: intro, file: ../x.md }\n", DiagnosticCodes.UnsafePath, 6, "../x.md"),
        Case("invalid pass mark", Head + Quiz + "passMark: 120% }\n", DiagnosticCodes.InvalidPassMark, 6, "120%"),
        Case("pass mark as percent number", Head + Quiz + "passMark: 80 }\n", DiagnosticCodes.InvalidPassMark, 6, "80"),
        Case("negative attempts", Head + Quiz + "attempts: -1 }\n", DiagnosticCodes.InvalidAttempts, 6, "-1"),
        Case("fractional attempts", Head + Quiz + "attempts: 2.5 }\n", DiagnosticCodes.InvalidAttempts, 6, "2.5"),
        Case("invalid grading", Head + Quiz + "grading: best }\n", DiagnosticCodes.InvalidGrading, 6, "best"),
        Case("zero time limit", Head + Quiz + "timeLimit: 0m }\n", DiagnosticCodes.InvalidTimeLimit, 6, "0m"),
        Case("bare number time limit", Head + Quiz + "timeLimit: 20 }\n", DiagnosticCodes.InvalidTimeLimit, 6, "20"),
        Case("negative points", Head + Quiz + "points: -1 }\n", DiagnosticCodes.InvalidPoints, 6, "-1"),
        Case("zero points in map", Head + Quiz + "points: { q1: 2, q2: 0 }}\n", DiagnosticCodes.InvalidPoints, 6, "0 }"),
        Case("points as list", Head + Quiz + "points: [1] }\n", DiagnosticCodes.InvalidPoints, 6, "[1]"),
        Case("invalid validity", Head + Track + "modules: [a.b], validity: 24M }\n", DiagnosticCodes.InvalidValidity, 6, "24M"),
        Case("time validity", Head + Track + "modules: [a.b], validity: PT24H }\n", DiagnosticCodes.InvalidValidity, 6, "PT24H"),
        Case("empty track", Head + Track + "modules: [] }\n", DiagnosticCodes.EmptyTrack, 6, "[]"),
        Case("invalid track module", Head + Track + "modules: [social] }\n", DiagnosticCodes.InvalidModuleId, 6, "social"),
        Case("invalid completion", Head + "completion: some\nlessons: []\n", DiagnosticCodes.InvalidCompletion, 5, "some"),
        Case("empty module", Head, DiagnosticCodes.EmptyModule, 1, "bretagne"),
    ];

    [TestCaseSource(nameof(s_cases))]
    public void Reports_the_code_at_the_offending_node(string yaml, string code, int line, string token)
    {
        var result = Parse(yaml);

        var diagnostic = Single(result, code);
        var lines = yaml.Split('\n');
        var column = token.Length == 0 ? 1 : lines[line - 1].IndexOf(token, StringComparison.Ordinal) + 1;
        Assert.That(column, Is.Positive, "The test's token is not on the expected line.");
        Assert.That(diagnostic.Location, Is.EqualTo(new SourceLocation("module.yaml", line, column)), () => Dump(result));
        Assert.That(diagnostic.Hint, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Only_the_empty_module_is_a_warning()
    {
        var result = Parse(Head);

        Assert.That(result.Diagnostics.Select(d => d.Severity), Is.EqualTo(new[] { DiagnosticSeverity.Warning }));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void A_code_plugin_without_content_is_not_empty()
    {
        var result = Parse(Head + "assembly: Plugin.dll\n");

        Assert.That(result.Diagnostics, Is.Empty, () => Dump(result));
    }

    [Test]
    public void A_missing_value_is_reported_as_missing()
    {
        var result = Parse("id: a.b\nversion:\nsdk: ^1.0\ntitle: T\nlessons: []\n");

        Assert.That(Single(result, DiagnosticCodes.MissingField).Message, Does.Contain("'version' has no value"));
        Assert.That(result.Manifest, Is.Null);
    }

    [Test]
    public void Every_missing_required_field_is_reported()
    {
        var result = Parse("lessons: []\n");

        Assert.That(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingField).Select(d => d.Message), Has.Exactly(4).Items);
    }

    private static TestCaseData Case(string name, string yaml, string code, int line, string token) =>
        new TestCaseData(yaml, code, line, token).SetArgDisplayNames(code + " " + name);
}
