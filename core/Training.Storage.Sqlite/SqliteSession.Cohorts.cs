using System.Globalization;
using Microsoft.Data.Sqlite;
using Training.Engine.Cohorts;
using Training.Engine.Records.Storage;
using Training.Storage.Sqlite.Cohorts;

namespace Training.Storage.Sqlite;

/// <content>Cohorts, and the cohort report's aggregate (<see cref="CohortProgressScan"/>).</content>
internal sealed partial class SqliteSession
{
    private const string CohortSelect =
        "SELECT c.id, c.track_id, c.title, c.deadline, c.created_at, (SELECT count(*) FROM cohort_members m WHERE m.cohort_id = c.id) FROM cohorts c";

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
        return CohortProgressScan.Run(this, query);
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
