using Microsoft.Data.Sqlite;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// The baselines of the reading figures: hand-written SQL aggregates over the same database, read
/// with a data reader into plain tuples and nothing more (no rules, no report), on a connection
/// with the store's settings.
/// </summary>
internal sealed class RawReports : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _traineeLessons;
    private readonly SqliteCommand _traineeQuizzes;
    private readonly SqliteCommand _cohortMembers;
    private readonly SqliteCommand _cohortLessons;
    private readonly SqliteCommand _cohortQuizzes;
    private readonly SqliteCommand _firstAttempts;

    public RawReports(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _connection.Open();
        _traineeLessons = Prepare("SELECT module_id, count(*), max(completed_at) FROM lesson_progress WHERE trainee_id = $t GROUP BY module_id", "$t");
        _traineeQuizzes = Prepare("SELECT module_id, quiz_id, max(percent), count(*) FROM attempts WHERE trainee_id = $t AND state = 'submitted' GROUP BY module_id, quiz_id", "$t");
        _cohortMembers = Prepare("SELECT m.trainee_id, t.name FROM cohort_members m JOIN trainees t ON t.id = m.trainee_id WHERE m.cohort_id = $c ORDER BY m.trainee_id", "$c");
        _cohortLessons = Prepare(
            "SELECT p.trainee_id, p.module_id, count(*), max(p.completed_at) FROM cohort_members m JOIN lesson_progress p ON p.trainee_id = m.trainee_id WHERE m.cohort_id = $c GROUP BY p.trainee_id, p.module_id",
            "$c");
        _cohortQuizzes = Prepare(
            "SELECT a.trainee_id, a.module_id, a.quiz_id, max(a.percent) FROM cohort_members m JOIN attempts a ON a.trainee_id = m.trainee_id WHERE m.cohort_id = $c AND a.state = 'submitted' GROUP BY a.trainee_id, a.module_id, a.quiz_id",
            "$c");
        _firstAttempts = Prepare(
            """
            SELECT r.scores
            FROM (SELECT min(attempt_id) AS id FROM attempt_results WHERE module_id = $m AND quiz_id = $q GROUP BY trainee_id) AS f
            JOIN attempt_results AS r ON r.attempt_id = f.id
            """,
            "$m",
            "$q");
    }

    /// <summary>One trainee's lessons done per module and best percent per quiz.</summary>
    public int TraineeProgress(string traineeId) => Rows(_traineeLessons, traineeId) + Rows(_traineeQuizzes, traineeId);

    /// <summary>A cohort's members, then every member's lessons done per module and best percent per quiz.</summary>
    public int CohortProgress(string cohortId) => Rows(_cohortMembers, cohortId) + Rows(_cohortLessons, cohortId) + Rows(_cohortQuizzes, cohortId);

    /// <summary>The scores of each trainee's first attempt at a quiz, read whole (what item analysis reads).</summary>
    public long FirstAttemptScores(string moduleId, string quizId)
    {
        _firstAttempts.Parameters[0].Value = moduleId;
        _firstAttempts.Parameters[1].Value = quizId;
        using var reader = _firstAttempts.ExecuteReader();
        long bytes = 0;
        while (reader.Read())
        {
            bytes += reader.GetFieldValue<byte[]>(0).Length;
        }

        return bytes;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _traineeLessons, _traineeQuizzes, _cohortMembers, _cohortLessons, _cohortQuizzes, _firstAttempts })
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private static int Rows(SqliteCommand command, string value)
    {
        command.Parameters[0].Value = value;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            // Every column is read, as a report would.
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
