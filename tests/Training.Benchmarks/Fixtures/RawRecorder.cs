using Microsoft.Data.Sqlite;
using Training.Engine.Records.Events;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// The baseline of the recording figures: raw Microsoft.Data.Sqlite prepared inserts into tables of
/// the same schema (a database the store created), on a connection with the store's settings (WAL,
/// foreign keys, the same synchronous mode). A lesson completion is what the engine must keep of it:
/// its event row and its lesson_progress row, in one <c>BEGIN IMMEDIATE</c> transaction.
/// </summary>
internal sealed class RawRecorder : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _progress;

    public RawRecorder(string databasePath, Durability durability)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, ForeignKeys = true }.ToString());
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=" + (durability == Durability.Full ? "FULL" : "NORMAL") + ";";
            pragmas.ExecuteNonQuery();
        }

        _begin = Prepare("BEGIN IMMEDIATE");
        _commit = Prepare("COMMIT");
        _event = Prepare(
            "INSERT INTO events (at, kind, trainee_id, module_id, module_version, item_id, attempt_id, data) VALUES ($at, $kind, $t, $m, $v, $item, NULL, NULL) RETURNING id",
            "$at", "$kind", "$t", "$m", "$v", "$item");
        _progress = Prepare(
            "INSERT OR REPLACE INTO lesson_progress (trainee_id, module_id, lesson_id, module_version, completed_at, event_id) VALUES ($t, $m, $l, $v, $at, $e)",
            "$t", "$m", "$l", "$v", "$at", "$e");
    }

    /// <summary>One completion, in its own transaction, committed before returning.</summary>
    public void Complete(string traineeId, string moduleId, string lessonId, string version, long at)
    {
        _begin.ExecuteNonQuery();
        Insert(traineeId, moduleId, lessonId, version, at);
        _commit.ExecuteNonQuery();
    }

    /// <summary>Many completions in one transaction.</summary>
    public void CompleteAll(IEnumerable<(string TraineeId, string ModuleId, string LessonId)> completions, string version, long at)
    {
        _begin.ExecuteNonQuery();
        foreach (var (trainee, module, lesson) in completions)
        {
            Insert(trainee, module, lesson, version, at);
        }

        _commit.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in new[] { _begin, _commit, _event, _progress })
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private void Insert(string traineeId, string moduleId, string lessonId, string version, long at)
    {
        var values = _event.Parameters;
        values[0].Value = at;
        values[1].Value = LearningEventKinds.LessonCompleted;
        values[2].Value = traineeId;
        values[3].Value = moduleId;
        values[4].Value = version;
        values[5].Value = lessonId;
        var eventId = (long)_event.ExecuteScalar()!;
        var row = _progress.Parameters;
        row[0].Value = traineeId;
        row[1].Value = moduleId;
        row[2].Value = lessonId;
        row[3].Value = version;
        row[4].Value = at;
        row[5].Value = eventId;
        _progress.ExecuteNonQuery();
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
