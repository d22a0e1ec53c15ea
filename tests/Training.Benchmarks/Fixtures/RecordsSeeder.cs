using Microsoft.Data.Sqlite;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Records.Events;
using Training.Engine.Records.Storage;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// Fills a records database fast, with bulk prepared inserts in one transaction, writing exactly the
/// rows the engine writes (events, then the projections that point at them; scores through the
/// store's own blob format) so the engine reads it as its own. Seeding is setup: it is not measured.
/// </summary>
internal sealed class RecordsSeeder : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly long _at;

    /// <summary>Opens a database the store has created (its schema is up to date).</summary>
    public RecordsSeeder(string databasePath, DateTimeOffset at)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON;");
        _transaction = _connection.BeginTransaction();
        _at = at.ToUnixTimeMilliseconds();
    }

    public void Trainee(string id, string? trackId = null, string? cohortId = null)
    {
        Run("INSERT INTO trainees (id, name, email, created_at) VALUES ($id, $name, NULL, $at)", ("$id", id), ("$name", "Stagiaire " + id), ("$at", _at));
        Event(LearningEventKinds.TraineeAdded, id, null, null, null, "{}");
        if (trackId is not null)
        {
            Run("INSERT INTO enrolments (trainee_id, track_id, enrolled_at, seq) VALUES ($t, $k, $at, 1)", ("$t", id), ("$k", trackId), ("$at", _at));
            Event(LearningEventKinds.Enrolled, id, null, trackId, null, null);
        }

        if (cohortId is not null)
        {
            Run("INSERT INTO cohort_members (cohort_id, trainee_id, added_at) VALUES ($c, $t, $at)", ("$c", cohortId), ("$t", id), ("$at", _at));
        }
    }

    public void Cohort(string id, string trackId) =>
        Run("INSERT INTO cohorts (id, track_id, title, deadline, created_at) VALUES ($id, $k, 'Benchmark', NULL, $at)", ("$id", id), ("$k", trackId), ("$at", _at));

    public void LessonCompleted(string traineeId, string moduleId, string lessonId, string version)
    {
        var eventId = Event(LearningEventKinds.LessonCompleted, traineeId, moduleId, lessonId, null, null, version);
        Run(
            "INSERT INTO lesson_progress (trainee_id, module_id, lesson_id, module_version, completed_at, event_id) VALUES ($t, $m, $l, $v, $at, $e)",
            ("$t", traineeId), ("$m", moduleId), ("$l", lessonId), ("$v", version), ("$at", _at), ("$e", eventId));
    }

    public void ModuleCompleted(string traineeId, string moduleId, string version)
    {
        Event(LearningEventKinds.ModuleCompleted, traineeId, moduleId, null, null, null, version);
        Run(
            "INSERT INTO module_status (trainee_id, module_id, completed, completed_at, completed_version) VALUES ($t, $m, 1, $at, $v)",
            ("$t", traineeId), ("$m", moduleId), ("$at", _at), ("$v", version));
    }

    /// <summary>A submitted attempt; returns its id.</summary>
    public long Attempt(string traineeId, string moduleId, string quizId, string version, int number, double score, double maxScore)
    {
        var id = Event(LearningEventKinds.AttemptStarted, traineeId, moduleId, quizId, null, "{}", version);
        var percent = Math.Round(100 * score / maxScore, 2);
        Run(
            """
            INSERT INTO attempts (id, trainee_id, module_id, quiz_id, module_version, number, seed, language, started_at, deadline, state, submitted_at, score, max_score, percent, passed)
            VALUES ($id, $t, $m, $q, $v, $n, 1, 'fr', $at, NULL, 'submitted', $at, $score, $max, $percent, $passed)
            """,
            ("$id", id), ("$t", traineeId), ("$m", moduleId), ("$q", quizId), ("$v", version), ("$n", number),
            ("$at", _at), ("$score", score), ("$max", maxScore), ("$percent", percent), ("$passed", percent >= 80 ? 1 : 0));
        Event(LearningEventKinds.AttemptSubmitted, traineeId, moduleId, quizId, id, "{}", version);
        return id;
    }

    /// <summary>The per-question results of an attempt, stored as the store stores them (shared layout + scores blob).</summary>
    public void Results(long attemptId, string traineeId, string moduleId, string quizId, long layoutId, IReadOnlyList<QuestionResultRow> questions) =>
        Run(
            "INSERT INTO attempt_results (attempt_id, trainee_id, module_id, quiz_id, layout_id, pending, scores) VALUES ($a, $t, $m, $q, $layout, 0, $scores)",
            ("$a", attemptId), ("$t", traineeId), ("$m", moduleId), ("$q", quizId), ("$layout", layoutId), ("$scores", ScoresBlob.Encode(questions)));

    /// <summary>The quiz layout shared by the attempts of one quiz version; returns its id.</summary>
    public long Layout(string moduleId, string quizId, string version, IReadOnlyList<QuestionResultRow> questions) =>
        (long)Scalar(
            "INSERT INTO quiz_layouts (module_id, quiz_id, module_version, questions) VALUES ($m, $q, $v, $json) RETURNING id",
            ("$m", moduleId), ("$q", quizId), ("$v", version), ("$json", QuizLayout.ToJson(questions)))!;

    public void Commit()
    {
        _transaction.Commit();
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    public static IReadOnlyList<QuestionResultRow> Results(Random random, int questions, double skill)
    {
        var rows = new QuestionResultRow[questions];
        for (var i = 0; i < questions; i++)
        {
            // Harder questions further down: a spread of facilities for the analysis to work on.
            var right = random.NextDouble() < skill * (1.0 - (0.03 * i));
            rows[i] = new QuestionResultRow(RecordsModules.ItemQuestionId(i + 1), right ? 1 : 0, 1, right ? GradeResults.Correct : GradeResults.Incorrect);
        }

        return rows;
    }

    private long Event(string kind, string traineeId, string? moduleId, string? itemId, long? attemptId, string? data, string? version = null) =>
        (long)Scalar(
            "INSERT INTO events (at, kind, trainee_id, module_id, module_version, item_id, attempt_id, data) VALUES ($at, $kind, $t, $m, $v, $item, $attempt, $data) RETURNING id",
            ("$at", _at), ("$kind", kind), ("$t", traineeId), ("$m", moduleId), ("$v", version), ("$item", itemId), ("$attempt", attemptId), ("$data", data))!;

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters) => Prepare(sql, parameters).ExecuteNonQuery();

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Prepare(sql, parameters).ExecuteScalar();

    private SqliteCommand Prepare(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = _transaction;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            _commands[sql] = command;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
