using Training.Storage.Sqlite.Migrations;

namespace Training.Storage.Sqlite.Tests.Fixtures;

/// <summary>
/// Writes the missing <c>schema-v{N}.db</c> fixtures, up to the latest schema version. Run on purpose
/// only (README.md); an existing fixture is never rewritten: it stands for what that release wrote.
/// </summary>
[Explicit("Writes fixture databases into the source tree; run it when adding a schema step.")]
public sealed class SchemaFixtureGenerator
{
    [Test]
    public void Generate_the_missing_fixtures()
    {
        var written = new List<string>();
        for (var version = 1; version <= SchemaSteps.Latest; version++)
        {
            var path = SchemaFixtures.PathFor(version);
            if (!File.Exists(path))
            {
                SchemaFixtures.Generate(version, path);
                written.Add(path);
            }
        }

        TestContext.Out.WriteLine(written.Count == 0 ? "Every schema version already has its fixture." : "Wrote:\n" + string.Join("\n", written));
        Assert.That(SchemaFixtures.Present(), Is.EqualTo(Enumerable.Range(1, SchemaSteps.Latest)));
    }
}
