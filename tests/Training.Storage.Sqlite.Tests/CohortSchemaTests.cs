using Microsoft.Data.Sqlite;
using Training.Engine.Cohorts;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite.Cohorts;
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

    [TestCase(CohortProgressScan.StatusSql, "SEARCH s USING PRIMARY KEY (trainee_id=?)")]
    [TestCase(CohortProgressScan.LessonsSql, "SEARCH p USING PRIMARY KEY (trainee_id=?)")]
    [TestCase(CohortProgressScan.AttemptsSql, "ix_attempts_trainee")]
    public void CohortAggregate_ReadsEachMembersRowsByIndex_NeverScansAProgressTable(string sql, string searched)
    {
        SqliteLearningStore.Open(_folder.Path).Dispose();
        using var connection = Connection();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$cohort", "spring");
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var text = string.Join("\n", plan);
        Assert.That(plan, Has.Some.StartsWith("SEARCH").And.Contains(searched), text);
        Assert.That(plan[0], Does.StartWith("SEARCH m USING PRIMARY KEY (cohort_id=?)"), "driven from the cohort's members: " + text);
        Assert.That(plan.Where(line => line.StartsWith("SCAN", StringComparison.Ordinal) && (line.Contains("attempts", StringComparison.Ordinal) || line.Contains("lesson_progress", StringComparison.Ordinal) || line.Contains("module_status", StringComparison.Ordinal))), Is.Empty, text);
        Assert.That(plan, Has.None.Contains("TEMP B-TREE"), "rows are handed over as read, never sorted or grouped by SQLite: " + text);
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
