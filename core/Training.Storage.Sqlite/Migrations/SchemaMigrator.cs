using Training.Engine.Records;

namespace Training.Storage.Sqlite.Migrations;

/// <summary>Brings a database to the latest schema, one recorded step at a time.</summary>
internal static class SchemaMigrator
{
    public static void Migrate(SqliteSession session, DateTimeOffset now) => Migrate(session, now, SchemaSteps.All);

    /// <summary>Applies the given steps (tests pass their own list to check out-of-order arrival).</summary>
    internal static void Migrate(SqliteSession session, DateTimeOffset now, IReadOnlyList<Migration> steps)
    {
        var latest = steps.Max(step => step.Version);
        session.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
        foreach (var step in steps)
        {
            // Each step in its own write transaction, re-checked inside it: two processes opening a new
            // database at once apply each step exactly once.
            session.Execute("BEGIN IMMEDIATE");
            try
            {
                var current = CurrentVersion(session);
                if (current > latest)
                {
                    throw new LearningRecordsException(
                        LearningRecordsErrorKind.Refused,
                        $"The learning records in '{session.Connection.DataSource}' use schema version {current}, newer than this version of Training understands ({latest}). Upgrade Training; the database was left untouched.");
                }

                // Applied when not recorded yet, rather than when above the highest recorded version:
                // steps developed in parallel may arrive out of order (a database at 1 and 3 later gets 2).
                if (!IsApplied(session, step.Version))
                {
                    session.Execute(step.Sql);
                    session.Execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $name, $at)",
                        ("$v", step.Version),
                        ("$name", step.Name),
                        ("$at", SqliteTime.ToDb(now)));
                }

                session.Execute("COMMIT");
            }
            catch
            {
                session.Execute("ROLLBACK");
                throw;
            }
        }
    }

    private static bool IsApplied(SqliteSession session, int version) =>
        session.Scalar("SELECT 1 FROM schema_migrations WHERE version = $v", ("$v", version)) is not null;

    public static int CurrentVersion(SqliteSession session) =>
        Convert.ToInt32(session.Scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"), System.Globalization.CultureInfo.InvariantCulture);
}
