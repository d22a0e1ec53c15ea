using Microsoft.Data.Sqlite;
using Training.Engine.Access;
using Training.Engine.Cohorts;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite;

/// <content>User accounts, cohort coordinators and the account event log (schema step 4).</content>
internal sealed partial class SqliteSession
{
    private const string UserSelect = "SELECT user_name, password_hash, role, trainee_id, display_name, created_at, updated_at, security_stamp FROM users";

    // Members of the cohorts a user coordinates; user names compare without case (the column's collation).
    private const string CoordinatedTrainees =
        "SELECT m.trainee_id FROM cohort_coordinators AS c JOIN cohort_members AS m ON m.cohort_id = c.cohort_id WHERE c.user_name = $u";

    public UserRow? FindUser(string userName) =>
        Query(UserSelect + " WHERE user_name = $u", ReadUser, ("$u", userName)).FirstOrDefault();

    public UserRow? FindUserByTrainee(string traineeId) =>
        Query(UserSelect + " WHERE trainee_id = $t", ReadUser, ("$t", traineeId)).FirstOrDefault();

    public IReadOnlyList<UserRow> ListUsers() => Query(UserSelect + " ORDER BY user_name", ReadUser);

    public bool AnyUser() => Scalar("SELECT 1 FROM users LIMIT 1") is not null;

    public IReadOnlyList<string> ListCohortCoordinators(string cohortId) =>
        Query("SELECT user_name FROM cohort_coordinators WHERE cohort_id = $c ORDER BY user_name", r => r.GetString(0), ("$c", cohortId));

    public IReadOnlyList<Cohort> ListCohortsCoordinatedBy(string userName) =>
        Query(CohortSelect + " WHERE c.id IN (SELECT cohort_id FROM cohort_coordinators WHERE user_name = $u) ORDER BY c.id", ReadCohort, ("$u", userName));

    public bool IsCohortCoordinator(string cohortId, string userName) =>
        Scalar("SELECT 1 FROM cohort_coordinators WHERE cohort_id = $c AND user_name = $u", ("$c", cohortId), ("$u", userName)) is not null;

    public bool IsTraineeCoordinatedBy(string traineeId, string userName) =>
        Scalar(
            "SELECT 1 FROM cohort_coordinators AS c JOIN cohort_members AS m ON m.cohort_id = c.cohort_id WHERE c.user_name = $u AND m.trainee_id = $t LIMIT 1",
            ("$u", userName),
            ("$t", traineeId)) is not null;

    public IReadOnlyList<string> ListTraineesCoordinatedBy(string userName) =>
        Query("SELECT DISTINCT trainee_id FROM (" + CoordinatedTrainees + ") ORDER BY trainee_id", r => r.GetString(0), ("$u", userName));

    public IReadOnlyList<AccountEvent> ListAccountEvents(string? userName) => userName is null
        ? Query(AccountEventSelect + " ORDER BY id", ReadAccountEvent)
        : Query(AccountEventSelect + " WHERE user_name = $u ORDER BY id", ReadAccountEvent, ("$u", userName));

    public void InsertUser(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Execute(
            """
            INSERT INTO users (user_name, password_hash, role, trainee_id, display_name, created_at, updated_at, security_stamp)
            VALUES ($u, $hash, $role, $t, $name, $created, $updated, $stamp)
            """,
            ("$u", row.UserName),
            ("$hash", row.PasswordHash),
            ("$role", RoleText(row.Role)),
            ("$t", row.TraineeId),
            ("$name", row.DisplayName),
            ("$created", SqliteTime.ToDb(row.CreatedAt)),
            ("$updated", SqliteTime.ToDb(row.UpdatedAt)),
            ("$stamp", row.SecurityStamp));
    }

    public void UpdateUserPassword(string userName, string passwordHash, string securityStamp, DateTimeOffset at) =>
        Execute(
            "UPDATE users SET password_hash = $hash, security_stamp = $stamp, updated_at = $at WHERE user_name = $u",
            ("$u", userName),
            ("$hash", passwordHash),
            ("$stamp", securityStamp),
            ("$at", SqliteTime.ToDb(at)));

    public void InsertCohortCoordinator(string cohortId, string userName, DateTimeOffset at) =>
        Execute(
            "INSERT INTO cohort_coordinators (cohort_id, user_name, assigned_at) VALUES ($c, $u, $at)",
            ("$c", cohortId),
            ("$u", userName),
            ("$at", SqliteTime.ToDb(at)));

    public void DeleteUser(string userName)
    {
        Execute("DELETE FROM cohort_coordinators WHERE user_name = $u", ("$u", userName));
        Execute("DELETE FROM users WHERE user_name = $u", ("$u", userName));
    }

    public void DeleteCohortCoordinator(string cohortId, string userName) =>
        Execute("DELETE FROM cohort_coordinators WHERE cohort_id = $c AND user_name = $u", ("$c", cohortId), ("$u", userName));

    public long AppendAccountEvent(AccountEvent accountEvent)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);
        return (long)Scalar(
            "INSERT INTO account_events (at, kind, user_name, actor, data) VALUES ($at, $kind, $u, $actor, $data) RETURNING id",
            ("$at", SqliteTime.ToDb(accountEvent.At)),
            ("$kind", accountEvent.Kind),
            ("$u", accountEvent.UserName),
            ("$actor", accountEvent.Actor),
            ("$data", accountEvent.Data))!;
    }

    private const string AccountEventSelect = "SELECT id, at, kind, user_name, actor, data FROM account_events";

    private static UserRow ReadUser(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2) switch { "admin" => Role.Admin, "coordinator" => Role.Coordinator, _ => Role.Trainee },
        Text(r, 3),
        Text(r, 4),
        SqliteTime.FromDb(r.GetInt64(5)),
        SqliteTime.FromDb(r.GetInt64(6)),
        r.GetString(7));

    private static AccountEvent ReadAccountEvent(SqliteDataReader r) =>
        new(r.GetInt64(0), SqliteTime.FromDb(r.GetInt64(1)), r.GetString(2), r.GetString(3), Text(r, 4), Text(r, 5));

    private static string RoleText(Role role) => role switch
    {
        Role.Admin => "admin",
        Role.Coordinator => "coordinator",
        Role.Trainee => "trainee",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
