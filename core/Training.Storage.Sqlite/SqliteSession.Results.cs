using Microsoft.Data.Sqlite;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite;

/// <content>Per-question results and essay answers (schema step 3).</content>
internal sealed partial class SqliteSession
{
    private const string EssaySelect = "SELECT attempt_id, question_id, trainee_id, module_id, quiz_id, module_version, answer, max_score, submitted_at, score, feedback, graded_at FROM essay_answers";

    public AttemptResultsRow? FindAttemptResults(long attemptId)
    {
        var found = Query(
            """
            SELECT r.attempt_id, r.trainee_id, r.module_id, r.quiz_id, l.module_version, l.questions, r.scores
            FROM attempt_results AS r JOIN quiz_layouts AS l ON l.id = r.layout_id
            WHERE r.attempt_id = $id
            """,
            r =>
            {
                var layout = QuizLayout.FromJson(r.GetString(4), r.GetString(5));
                var rows = new QuestionResultRow[layout.Ids.Length];
                var count = ScoresBlob.Decode(r.GetFieldValue<byte[]>(6), layout, rows);
                return new AttemptResultsRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), layout.ModuleVersion, rows[..count]);
            },
            ("$id", attemptId));
        return found.FirstOrDefault();
    }

    public int ScanFirstAttemptResults(string moduleId, string quizId, AttemptResultsHandler handler)
    {
        // The covering index (module_id, quiz_id, trainee_id, attempt_id) yields each trainee's first
        // attempt without a sort; the scores are then streamed into reused buffers.
        const string sql = """
            SELECT r.layout_id, r.pending, r.scores
            FROM (SELECT min(attempt_id) AS id FROM attempt_results WHERE module_id = $m AND quiz_id = $q GROUP BY trainee_id) AS f
            JOIN attempt_results AS r ON r.attempt_id = f.id
            """;
        return ScanFirstAttempts(moduleId, quizId, handler, sql, [("$m", moduleId), ("$q", quizId)]);
    }

    public int ScanFirstAttemptResultsCoordinatedBy(string moduleId, string quizId, string userName, AttemptResultsHandler handler)
    {
        // Trainees are filtered before each one's first attempt is picked, so the analysis is the
        // same as the unrestricted one over that population.
        const string sql = """
            SELECT r.layout_id, r.pending, r.scores
            FROM (
                SELECT min(attempt_id) AS id FROM attempt_results
                WHERE module_id = $m AND quiz_id = $q
                  AND trainee_id IN (SELECT m.trainee_id FROM cohort_coordinators AS c JOIN cohort_members AS m ON m.cohort_id = c.cohort_id WHERE c.user_name = $u)
                GROUP BY trainee_id) AS f
            JOIN attempt_results AS r ON r.attempt_id = f.id
            """;
        return ScanFirstAttempts(moduleId, quizId, handler, sql, [("$m", moduleId), ("$q", quizId), ("$u", userName)]);
    }

    private int ScanFirstAttempts(string moduleId, string quizId, AttemptResultsHandler handler, string sql, (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var layouts = new Dictionary<long, QuizLayout>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, version, json) in Query(
            "SELECT id, module_version, questions FROM quiz_layouts WHERE module_id = $m AND quiz_id = $q",
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2)),
            ("$m", moduleId),
            ("$q", quizId)))
        {
            // One string per version, so the analysis can compare versions by reference.
            if (!versions.TryGetValue(version, out var shared))
            {
                versions[version] = shared = version;
            }

            layouts[id] = QuizLayout.FromJson(shared, json);
        }

        using var reader = Command(sql, parameters).ExecuteReader();
        var bytes = new byte[64 * ScoresBlob.BytesPerQuestion];
        var rows = new QuestionResultRow[64];
        var skipped = 0;
        while (reader.Read())
        {
            if (reader.GetInt64(1) != 0)
            {
                skipped++;
                continue;
            }

            var layout = layouts[reader.GetInt64(0)];
            var length = (int)reader.GetBytes(2, 0, null, 0, 0);
            if (bytes.Length < length)
            {
                bytes = new byte[length * 2];
            }

            if (rows.Length < layout.Ids.Length)
            {
                rows = new QuestionResultRow[layout.Ids.Length * 2];
            }

            reader.GetBytes(2, 0, bytes, 0, length);
            var count = ScoresBlob.Decode(bytes.AsSpan(0, length), layout, rows);
            handler(layout.ModuleVersion, rows.AsSpan(0, count));
        }

        return skipped;
    }

    public EssayAnswerRow? FindEssayAnswer(long attemptId, string questionId) =>
        Query(EssaySelect + " WHERE attempt_id = $a AND question_id = $q", ReadEssay, ("$a", attemptId), ("$q", questionId)).FirstOrDefault();

    public IReadOnlyList<EssayAnswerRow> ListPendingEssays() =>
        Query(EssaySelect + " WHERE graded_at IS NULL ORDER BY submitted_at, attempt_id, question_id", ReadEssay);

    public void UpsertAttemptResults(AttemptResultsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var layout = QuizLayout.ToJson(row.Questions);
        (string, object?)[] key = [("$m", row.ModuleId), ("$q", row.QuizId), ("$v", row.ModuleVersion), ("$questions", layout)];
        Execute("INSERT OR IGNORE INTO quiz_layouts (module_id, quiz_id, module_version, questions) VALUES ($m, $q, $v, $questions)", key);
        var layoutId = (long)Scalar("SELECT id FROM quiz_layouts WHERE module_id = $m AND quiz_id = $q AND module_version = $v AND questions = $questions", key)!;
        Execute(
            "INSERT OR REPLACE INTO attempt_results (attempt_id, trainee_id, module_id, quiz_id, layout_id, pending, scores) VALUES ($id, $t, $m, $q, $layout, $pending, $scores)",
            ("$id", row.AttemptId),
            ("$t", row.TraineeId),
            ("$m", row.ModuleId),
            ("$q", row.QuizId),
            ("$layout", layoutId),
            ("$pending", row.Pending ? 1 : 0),
            ("$scores", ScoresBlob.Encode(row.Questions)));
    }

    public void UpsertEssayAnswer(EssayAnswerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Execute(
            """
            INSERT OR REPLACE INTO essay_answers (attempt_id, question_id, trainee_id, module_id, quiz_id, module_version, answer, max_score, submitted_at, score, feedback, graded_at)
            VALUES ($a, $q, $t, $m, $quiz, $v, $answer, $max, $submitted, $score, $feedback, $graded)
            """,
            ("$a", row.AttemptId),
            ("$q", row.QuestionId),
            ("$t", row.TraineeId),
            ("$m", row.ModuleId),
            ("$quiz", row.QuizId),
            ("$v", row.ModuleVersion),
            ("$answer", row.Answer),
            ("$max", row.MaxScore),
            ("$submitted", SqliteTime.ToDb(row.SubmittedAt)),
            ("$score", row.Score),
            ("$feedback", row.Feedback),
            ("$graded", SqliteTime.ToDb(row.GradedAt)));
    }

    private static EssayAnswerRow ReadEssay(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetString(6),
        r.GetDouble(7),
        SqliteTime.FromDb(r.GetInt64(8)),
        Real(r, 9),
        Text(r, 10),
        Instant(r, 11));
}
