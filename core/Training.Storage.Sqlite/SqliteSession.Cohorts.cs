using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Training.Engine.Cohorts;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite;

/// <content>Cohorts and the cohort report's aggregate queries.</content>
internal sealed partial class SqliteSession
{
    private const string CohortSelect =
        "SELECT c.id, c.track_id, c.title, c.deadline, c.created_at, (SELECT count(*) FROM cohort_members m WHERE m.cohort_id = c.id) FROM cohorts c";

    // The items that count arrive as JSON parameters (json_each), so the statement text never changes
    // and no value is ever spliced into it. Progress at or before a module's last reset is ignored, as
    // the engine's own progress rules do. The quiz grade follows its grading method over submitted
    // attempts; the first and last submitted attempts are looked up by primary key.
    internal const string CohortProgressSql = """
        WITH
        members(trainee_id) AS (SELECT trainee_id FROM cohort_members WHERE cohort_id = $cohort),
        mods(module_id) AS (SELECT value FROM json_each($modules)),
        lessons(module_id, lesson_id) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($lessons)),
        quizzes(module_id, quiz_id, grading, pass) AS (
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each($quizzes)),
        lesson_agg AS (
            SELECT p.trainee_id, p.module_id, count(*) AS done, max(p.completed_at) AS last_at
            FROM members m
            JOIN lessons l
            JOIN lesson_progress p ON p.trainee_id = m.trainee_id AND p.module_id = l.module_id AND p.lesson_id = l.lesson_id
            LEFT JOIN module_status s ON s.trainee_id = p.trainee_id AND s.module_id = p.module_id
            WHERE p.event_id > coalesce(s.reset_event_id, 0)
            GROUP BY p.trainee_id, p.module_id),
        attempt_agg AS (
            SELECT a.trainee_id, a.module_id, a.quiz_id, q.grading, q.pass,
                   max(coalesce(a.submitted_at, a.started_at)) AS last_at,
                   max(CASE WHEN a.state = 'submitted' AND coalesce(r.pending, 0) = 0 THEN a.percent END) AS best,
                   avg(CASE WHEN a.state = 'submitted' AND coalesce(r.pending, 0) = 0 THEN a.percent END) AS mean,
                   min(CASE WHEN a.state = 'submitted' AND coalesce(r.pending, 0) = 0 AND a.percent IS NOT NULL THEN a.id END) AS first_id,
                   max(CASE WHEN a.state = 'submitted' AND coalesce(r.pending, 0) = 0 AND a.percent IS NOT NULL THEN a.id END) AS last_id
            FROM members m
            JOIN quizzes q
            JOIN attempts a ON a.trainee_id = m.trainee_id AND a.module_id = q.module_id AND a.quiz_id = q.quiz_id
            LEFT JOIN attempt_results r ON r.attempt_id = a.id
            LEFT JOIN module_status s ON s.trainee_id = a.trainee_id AND s.module_id = a.module_id
            WHERE a.id > coalesce(s.reset_event_id, 0)
            GROUP BY a.trainee_id, a.module_id, a.quiz_id),
        quiz_agg AS (
            SELECT g.trainee_id, g.module_id, g.last_at, g.best,
                   coalesce((CASE g.grading WHEN 'first' THEN f.percent WHEN 'last' THEN l.percent WHEN 'average' THEN g.mean ELSE g.best END) >= g.pass - 1e-7, 0) AS passed
            FROM attempt_agg g
            LEFT JOIN attempts f ON f.id = g.first_id
            LEFT JOIN attempts l ON l.id = g.last_id),
        quiz_mod AS (
            SELECT trainee_id, module_id, sum(passed) AS passed, count(*) AS attempted, sum(best) AS best_sum, count(best) AS best_count, max(last_at) AS last_at
            FROM quiz_agg
            GROUP BY trainee_id, module_id)
        SELECT m.trainee_id, d.module_id,
               coalesce(la.done, 0), coalesce(qm.passed, 0), coalesce(qm.attempted, 0), coalesce(s.completed, 0),
               coalesce(qm.best_sum, 0), coalesce(qm.best_count, 0),
               max(coalesce(la.last_at, 0), coalesce(qm.last_at, 0))
        FROM members m
        JOIN mods d
        LEFT JOIN lesson_agg la ON la.trainee_id = m.trainee_id AND la.module_id = d.module_id
        LEFT JOIN quiz_mod qm ON qm.trainee_id = m.trainee_id AND qm.module_id = d.module_id
        LEFT JOIN module_status s ON s.trainee_id = m.trainee_id AND s.module_id = d.module_id
        WHERE la.trainee_id IS NOT NULL OR qm.trainee_id IS NOT NULL OR s.completed = 1
        """;

    public Cohort? FindCohort(string cohortId) =>
        Query(CohortSelect + " WHERE c.id = $id", ReadCohort, ("$id", cohortId)).FirstOrDefault();

    public IReadOnlyList<Cohort> ListCohorts() => Query(CohortSelect + " ORDER BY c.id", ReadCohort);

    public bool IsCohortMember(string cohortId, string traineeId) =>
        Scalar("SELECT 1 FROM cohort_members WHERE cohort_id = $c AND trainee_id = $t", ("$c", cohortId), ("$t", traineeId)) is not null;

    public IReadOnlyList<CohortMemberRow> ListCohortMembers(string cohortId, string trackId) =>
        Query(
            """
            SELECT m.trainee_id, t.name, m.added_at, coalesce(ts.completed, 0), ts.certificate_id
            FROM cohort_members m
            JOIN trainees t ON t.id = m.trainee_id
            LEFT JOIN track_status ts ON ts.trainee_id = m.trainee_id AND ts.track_id = $k
            WHERE m.cohort_id = $c
            ORDER BY m.trainee_id
            """,
            r => new CohortMemberRow(r.GetString(0), r.GetString(1), SqliteTime.FromDb(r.GetInt64(2)), r.GetInt64(3) != 0, r.IsDBNull(4) ? null : r.GetString(4)),
            ("$c", cohortId),
            ("$k", trackId));

    public IReadOnlyList<CohortModuleProgressRow> AggregateCohortProgress(CohortProgressQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Query(
            CohortProgressSql,
            r => new CohortModuleProgressRow(
                r.GetString(0),
                r.GetString(1),
                r.GetInt32(2),
                r.GetInt32(3),
                r.GetInt32(4),
                r.GetInt64(5) != 0,
                r.GetDouble(6),
                r.GetInt32(7),
                r.GetInt64(8) is var last and > 0 ? SqliteTime.FromDb(last) : null),
            ("$cohort", query.CohortId),
            ("$modules", JsonSerializer.Serialize(query.Modules)),
            ("$lessons", JsonSerializer.Serialize(query.Lessons.Select(l => new[] { l.ModuleId, l.LessonId }))),
            ("$quizzes", JsonSerializer.Serialize(query.Quizzes.Select(q => new object[] { q.ModuleId, q.QuizId, q.Grading, q.PassPercent }))));
    }

    public void InsertCohort(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        Execute(
            "INSERT INTO cohorts (id, track_id, title, deadline, created_at) VALUES ($id, $k, $title, $deadline, $at)",
            ("$id", cohort.Id),
            ("$k", cohort.TrackId),
            ("$title", cohort.Title),
            ("$deadline", cohort.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$at", SqliteTime.ToDb(cohort.CreatedAt)));
    }

    public void InsertCohortMember(string cohortId, string traineeId, DateTimeOffset at) =>
        Execute(
            "INSERT INTO cohort_members (cohort_id, trainee_id, added_at) VALUES ($c, $t, $at)",
            ("$c", cohortId),
            ("$t", traineeId),
            ("$at", SqliteTime.ToDb(at)));

    private static Cohort ReadCohort(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        r.IsDBNull(3) ? null : DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        SqliteTime.FromDb(r.GetInt64(4)),
        r.GetInt32(5));
}
