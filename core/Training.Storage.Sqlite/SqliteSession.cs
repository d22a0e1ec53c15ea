using Microsoft.Data.Sqlite;
using Training.Engine.Records.Certificates;
using Training.Engine.Records.Events;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;

namespace Training.Storage.Sqlite;

/// <summary>
/// One connection with its prepared commands, used by one unit of work at a time. Commands are
/// kept per SQL text so each statement is compiled once per connection; values are always bound
/// as parameters.
/// </summary>
internal sealed partial class SqliteSession : ILearningWriter, IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteSession(string path, SqliteStoreOptions options)
    {
        Connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // The store pools its own sessions (connection + prepared commands).
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString());
        Connection.Open();
        Scalar("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA foreign_keys=ON;");
        Execute(options.Durability == Durability.Full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
        // PRAGMA takes no bound parameters; the value is an integer we format ourselves.
        Execute("PRAGMA busy_timeout=" + ((long)options.BusyTimeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
    }

    public SqliteConnection Connection { get; }

    public void Execute(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteScalar();

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var reader = Command(sql, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Hands each row to <paramref name="row"/> as it is read, for aggregates that keep no row.</summary>
    public void Scan(string sql, Action<SqliteDataReader> row, params (string Name, object? Value)[] parameters)
    {
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }

    // ----- reader -----

    public Trainee? FindTrainee(string traineeId) =>
        Query("SELECT id, name, email, created_at FROM trainees WHERE id = $id", ReadTrainee, ("$id", traineeId)).FirstOrDefault();

    public Trainee? FindTraineeByEmail(string email) =>
        Query("SELECT id, name, email, created_at FROM trainees WHERE email = $email", ReadTrainee, ("$email", email)).FirstOrDefault();

    public IReadOnlyList<Trainee> ListTrainees() => Query("SELECT id, name, email, created_at FROM trainees ORDER BY id", ReadTrainee);

    public IReadOnlyList<Enrolment> ListEnrolments(string traineeId) =>
        Query(
            "SELECT trainee_id, track_id, enrolled_at FROM enrolments WHERE trainee_id = $t ORDER BY seq",
            r => new Enrolment(r.GetString(0), r.GetString(1), SqliteTime.FromDb(r.GetInt64(2))),
            ("$t", traineeId));

    public IReadOnlyList<LessonProgressRow> ListLessonProgress(string traineeId) =>
        Query(LessonSelect + " WHERE trainee_id = $t", ReadLesson, ("$t", traineeId));

    public IReadOnlyList<LessonProgressRow> ListLessonProgressForModule(string moduleId) =>
        Query(LessonSelect + " WHERE module_id = $m", ReadLesson, ("$m", moduleId));

    public IReadOnlyList<AttemptRow> ListAttempts(string traineeId) =>
        Query(AttemptSelect + " WHERE trainee_id = $t ORDER BY id", ReadAttempt, ("$t", traineeId));

    public IReadOnlyList<AttemptRow> ListAttemptsForModule(string moduleId) =>
        Query(AttemptSelect + " WHERE module_id = $m ORDER BY id", ReadAttempt, ("$m", moduleId));

    public AttemptRow? FindAttempt(long attemptId) => Query(AttemptSelect + " WHERE id = $id", ReadAttempt, ("$id", attemptId)).FirstOrDefault();

    public IReadOnlyList<ModuleStatusRow> ListModuleStatuses(string traineeId) =>
        Query(ModuleStatusSelect + " WHERE trainee_id = $t", ReadModuleStatus, ("$t", traineeId));

    public IReadOnlyList<ModuleStatusRow> ListModuleStatusesForModule(string moduleId) =>
        Query(ModuleStatusSelect + " WHERE module_id = $m", ReadModuleStatus, ("$m", moduleId));

    public IReadOnlyList<TrackStatusRow> ListTrackStatuses(string traineeId) =>
        Query(TrackStatusSelect + " WHERE trainee_id = $t", ReadTrackStatus, ("$t", traineeId));

    public IReadOnlyList<TrackStatusRow> ListTrackStatusesForTrack(string trackId) =>
        Query(TrackStatusSelect + " WHERE track_id = $k", ReadTrackStatus, ("$k", trackId));

    public IReadOnlyList<CertificateRecord> ListCertificates(string traineeId) =>
        Query(CertificateSelect + " WHERE trainee_id = $t ORDER BY seq", ReadCertificate, ("$t", traineeId));

    public CertificateRecord? FindCertificate(string certificateId) =>
        Query(CertificateSelect + " WHERE id = $id", ReadCertificate, ("$id", certificateId)).FirstOrDefault();

    public IReadOnlyList<CertificateRecord> ListCertificatesExpiring(DateTimeOffset from, DateTimeOffset to) =>
        Query(
            CertificateSelect + " WHERE expires_at IS NOT NULL AND expires_at >= $from AND expires_at < $to ORDER BY expires_at, seq",
            ReadCertificate,
            ("$from", SqliteTime.ToDb(from)),
            ("$to", SqliteTime.ToDb(to)));

    public IReadOnlyList<LearningEvent> ListEvents(string? traineeId) => traineeId is null
        ? Query(EventSelect + " ORDER BY id", ReadEvent)
        : Query(EventSelect + " WHERE trainee_id = $t ORDER BY id", ReadEvent, ("$t", traineeId));

    public long CountEvents() => (long)Scalar("SELECT count(*) FROM events")!;

    // ----- writer -----

    public long AppendEvent(LearningEvent learningEvent)
    {
        ArgumentNullException.ThrowIfNull(learningEvent);
        return (long)Scalar(
            "INSERT INTO events (at, kind, trainee_id, module_id, module_version, item_id, attempt_id, data) VALUES ($at, $kind, $t, $m, $v, $item, $attempt, $data) RETURNING id",
            ("$at", SqliteTime.ToDb(learningEvent.At)),
            ("$kind", learningEvent.Kind),
            ("$t", learningEvent.TraineeId),
            ("$m", learningEvent.ModuleId),
            ("$v", learningEvent.ModuleVersion),
            ("$item", learningEvent.ItemId),
            ("$attempt", learningEvent.AttemptId),
            ("$data", learningEvent.Data))!;
    }

    public void InsertTrainee(Trainee trainee)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        Execute(
            "INSERT INTO trainees (id, name, email, created_at) VALUES ($id, $name, $email, $at)",
            ("$id", trainee.Id),
            ("$name", trainee.Name),
            ("$email", trainee.Email),
            ("$at", SqliteTime.ToDb(trainee.CreatedAt)));
    }

    public void InsertEnrolment(Enrolment enrolment)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        Execute(
            "INSERT INTO enrolments (trainee_id, track_id, enrolled_at, seq) VALUES ($t, $k, $at, (SELECT coalesce(max(seq), 0) + 1 FROM enrolments WHERE trainee_id = $t))",
            ("$t", enrolment.TraineeId),
            ("$k", enrolment.TrackId),
            ("$at", SqliteTime.ToDb(enrolment.EnrolledAt)));
    }

    public void UpsertLessonProgress(LessonProgressRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Execute(
            "INSERT OR REPLACE INTO lesson_progress (trainee_id, module_id, lesson_id, module_version, completed_at, event_id) VALUES ($t, $m, $l, $v, $at, $e)",
            ("$t", row.TraineeId),
            ("$m", row.ModuleId),
            ("$l", row.LessonId),
            ("$v", row.ModuleVersion),
            ("$at", SqliteTime.ToDb(row.CompletedAt)),
            ("$e", row.EventId));
    }

    public void UpsertAttempt(AttemptRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Execute(
            """
            INSERT OR REPLACE INTO attempts (id, trainee_id, module_id, quiz_id, module_version, number, seed, language, started_at, deadline, state, submitted_at, score, max_score, percent, passed)
            VALUES ($id, $t, $m, $q, $v, $n, $seed, $lang, $start, $deadline, $state, $submitted, $score, $max, $percent, $passed)
            """,
            ("$id", row.Id),
            ("$t", row.TraineeId),
            ("$m", row.ModuleId),
            ("$q", row.QuizId),
            ("$v", row.ModuleVersion),
            ("$n", row.Number),
            ("$seed", row.Seed),
            ("$lang", row.Language),
            ("$start", SqliteTime.ToDb(row.StartedAt)),
            ("$deadline", SqliteTime.ToDb(row.Deadline)),
            ("$state", StateText(row.State)),
            ("$submitted", SqliteTime.ToDb(row.SubmittedAt)),
            ("$score", row.Score),
            ("$max", row.MaxScore),
            ("$percent", row.Percent),
            ("$passed", row.Passed ? 1 : 0));
    }

    public void UpsertModuleStatus(ModuleStatusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Execute(
            "INSERT OR REPLACE INTO module_status (trainee_id, module_id, completed, completed_at, completed_version, reset_event_id, reset_version) VALUES ($t, $m, $c, $at, $v, $reset, $rv)",
            ("$t", row.TraineeId),
            ("$m", row.ModuleId),
            ("$c", row.Completed ? 1 : 0),
            ("$at", SqliteTime.ToDb(row.CompletedAt)),
            ("$v", row.CompletedVersion),
            ("$reset", row.ResetEventId),
            ("$rv", row.ResetVersion));
    }

    public void UpsertTrackStatus(TrackStatusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Execute(
            "INSERT OR REPLACE INTO track_status (trainee_id, track_id, completed, completed_at, certificate_id) VALUES ($t, $k, $c, $at, $cert)",
            ("$t", row.TraineeId),
            ("$k", row.TrackId),
            ("$c", row.Completed ? 1 : 0),
            ("$at", SqliteTime.ToDb(row.CompletedAt)),
            ("$cert", row.CertificateId));
    }

    public void InsertCertificate(CertificateRecord certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Execute(
            "INSERT INTO certificates (id, trainee_id, track_id, issued_at, expires_at, credential) VALUES ($id, $t, $k, $at, $exp, $cred)",
            ("$id", certificate.Id),
            ("$t", certificate.TraineeId),
            ("$k", certificate.TrackId),
            ("$at", SqliteTime.ToDb(certificate.IssuedAt)),
            ("$exp", SqliteTime.ToDb(certificate.ExpiresAt)),
            ("$cred", certificate.Credential));
    }

    // ----- mapping -----

    private const string LessonSelect = "SELECT trainee_id, module_id, lesson_id, module_version, completed_at, event_id FROM lesson_progress";
    private const string AttemptSelect = "SELECT id, trainee_id, module_id, quiz_id, module_version, number, seed, language, started_at, deadline, state, submitted_at, score, max_score, percent, passed, "
        + "EXISTS(SELECT 1 FROM attempt_results r WHERE r.attempt_id = attempts.id AND r.pending = 1) AS awaiting_review FROM attempts";
    private const string ModuleStatusSelect = "SELECT trainee_id, module_id, completed, completed_at, completed_version, reset_event_id, reset_version FROM module_status";
    private const string TrackStatusSelect = "SELECT trainee_id, track_id, completed, completed_at, certificate_id FROM track_status";
    private const string CertificateSelect = "SELECT id, trainee_id, track_id, issued_at, expires_at, credential FROM certificates";
    private const string EventSelect = "SELECT id, at, kind, trainee_id, module_id, module_version, item_id, attempt_id, data FROM events";

    private static Trainee ReadTrainee(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), SqliteTime.FromDb(r.GetInt64(3)));

    private static LessonProgressRow ReadLesson(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), SqliteTime.FromDb(r.GetInt64(4)), r.GetInt64(5));

    private static AttemptRow ReadAttempt(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetInt32(5),
        r.GetInt64(6),
        r.GetString(7),
        SqliteTime.FromDb(r.GetInt64(8)),
        Instant(r, 9),
        r.GetString(10) switch { "submitted" => AttemptState.Submitted, "expired" => AttemptState.Expired, _ => AttemptState.Open },
        Instant(r, 11),
        Real(r, 12),
        Real(r, 13),
        Real(r, 14),
        r.GetInt64(15) != 0)
    {
        AwaitingReview = r.GetInt64(16) != 0,
    };

    private static ModuleStatusRow ReadModuleStatus(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, Instant(r, 3), Text(r, 4), r.GetInt64(5), Text(r, 6));

    private static TrackStatusRow ReadTrackStatus(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, Instant(r, 3), Text(r, 4));

    private static CertificateRecord ReadCertificate(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), SqliteTime.FromDb(r.GetInt64(3)), Instant(r, 4), r.GetString(5));

    private static LearningEvent ReadEvent(SqliteDataReader r) => new(
        r.GetInt64(0),
        SqliteTime.FromDb(r.GetInt64(1)),
        r.GetString(2),
        r.GetString(3),
        Text(r, 4),
        Text(r, 5),
        Text(r, 6),
        r.IsDBNull(7) ? null : r.GetInt64(7),
        Text(r, 8));

    private static DateTimeOffset? Instant(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : SqliteTime.FromDb(r.GetInt64(ordinal));

    private static double? Real(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetDouble(ordinal);

    private static string? Text(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static string StateText(AttemptState state) => state switch
    {
        AttemptState.Submitted => "submitted",
        AttemptState.Expired => "expired",
        _ => "open",
    };

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        // One SQL text always comes with the same parameters: set their values on the parameters bound
        // last time rather than allocating new ones (bulk recording runs this for every row).
        var bound = command.Parameters;
        if (!SameNames(bound, parameters))
        {
            bound.Clear();
            foreach (var (name, _) in parameters)
            {
                bound.Add(new SqliteParameter { ParameterName = name });
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            bound[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private static bool SameNames(SqliteParameterCollection bound, (string Name, object? Value)[] parameters)
    {
        if (bound.Count != parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
