using Microsoft.Data.Sqlite;
using Training.Engine.Cohorts;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite.Migrations;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests;

public sealed class CohortSchemaTests
{
    private TempDirectory _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempDirectory();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Step2_UpgradesAVersion1DatabaseAndKeepsItsData()
    {
        var at = new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
        using (var store = SqliteLearningStore.Open(_folder.Path))
        {
            store.Write(w => { w.InsertTrainee(new Trainee("jane", "Jane", null, at)); return 0; });
        }

        // Make it a version-1 database again, as an older Training left it.
        Execute("DROP TABLE cohort_members; DROP TABLE cohorts; DROP INDEX ix_attempts_trainee_quiz; DELETE FROM schema_migrations WHERE version >= 2;");

        using var upgraded = SqliteLearningStore.Open(_folder.Path);
        upgraded.Write(w =>
        {
            w.InsertCohort(new Cohort("spring", "rec.track", null, new DateOnly(2026, 6, 30), at, 0));
            w.InsertCohortMember("spring", "jane", at);
            return 0;
        });

        Assert.That(upgraded.SchemaVersion(), Is.EqualTo(SchemaSteps.Latest));
        Assert.That(upgraded.Read(r => r.FindTrainee("jane"))?.Name, Is.EqualTo("Jane"));
        Assert.That(upgraded.Read(r => r.FindCohort("spring")), Is.EqualTo(new Cohort("spring", "rec.track", null, new DateOnly(2026, 6, 30), at, 1)));
        Assert.That(upgraded.Read(r => r.IsCohortMember("spring", "jane")), Is.True);
    }

    [Test]
    public void CohortAggregate_IsServedByIndexes_NotByScanningProgressTables()
    {
        SqliteLearningStore.Open(_folder.Path).Dispose();
        using var connection = Connection();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteSession.CohortProgressSql;
        command.Parameters.AddWithValue("$cohort", "spring");
        command.Parameters.AddWithValue("$modules", "[\"m\"]");
        command.Parameters.AddWithValue("$lessons", "[[\"m\",\"l\"]]");
        command.Parameters.AddWithValue("$quizzes", "[[\"m\",\"q\",\"highest\",50]]");
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var text = string.Join("\n", plan);
        Assert.That(text, Does.Contain("ix_attempts_trainee_quiz"), text);
        Assert.That(plan.Where(line => line.StartsWith("SCAN", StringComparison.Ordinal) && (line.Contains("attempts", StringComparison.Ordinal) || line.Contains("lesson_progress", StringComparison.Ordinal) || line.Contains("module_status", StringComparison.Ordinal))), Is.Empty, text);
    }

    private SqliteConnection Connection()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, "training.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = Connection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
