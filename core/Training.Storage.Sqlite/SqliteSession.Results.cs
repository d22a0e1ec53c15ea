using Microsoft.Data.Sqlite;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite;

/// <content>Per-question results and essay answers (schema step 3).</content>
internal sealed partial class SqliteSession
{
    private const string EssaySelect = "SELECT attempt_id, question_id, trainee_id, module_id, quiz_id, module_version, answer, max_score, submitted_at, score, feedback, graded_at FROM essay_answers";

    public AttemptResultsRow? FindAttemptResults(long attemptId) =>
        Query(
            "SELECT attempt_id, trainee_id, module_id, quiz_id, module_version, questions FROM attempt_results WHERE attempt_id = $id",
            r => new AttemptResultsRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), QuestionResultsJson.Read(r.GetFieldValue<byte[]>(5))),
            ("$id", attemptId)).FirstOrDefault();

    public int ScanFirstAttemptResults(string moduleId, string quizId, AttemptResultsHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        // The covering index (module_id, quiz_id, trainee_id, attempt_id) yields each trainee's first
        // attempt without a sort; the results are then streamed and decoded into a reused buffer.
        const string sql = """
            SELECT r.module_version, r.pending, r.questions
            FROM (SELECT min(attempt_id) AS id FROM attempt_results WHERE module_id = $m AND quiz_id = $q GROUP BY trainee_id) AS f
            JOIN attempt_results AS r ON r.attempt_id = f.id
            """;
        using var reader = Command(sql, [("$m", moduleId), ("$q", quizId)]).ExecuteReader();
        var decoder = new QuestionResultsJson.Decoder();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var skipped = 0;
        while (reader.Read())
        {
            if (reader.GetInt64(1) != 0)
            {
                skipped++;
                continue;
            }

            var version = reader.GetString(0);
            if (!versions.TryGetValue(version, out var shared))
            {
                versions[version] = shared = version;
            }

            handler(shared, decoder.Decode(Utf8(reader, 2)));
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
        Execute(
            "INSERT OR REPLACE INTO attempt_results (attempt_id, trainee_id, module_id, quiz_id, module_version, pending, questions) VALUES ($id, $t, $m, $q, $v, $pending, $questions)",
            ("$id", row.AttemptId),
            ("$t", row.TraineeId),
            ("$m", row.ModuleId),
            ("$q", row.QuizId),
            ("$v", row.ModuleVersion),
            ("$pending", row.Pending ? 1 : 0),
            ("$questions", QuestionResultsJson.Write(row.Questions)));
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

    private static byte[] Utf8(SqliteDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);
}
