using Training.Engine.Records;

namespace Training.Storage.Sqlite.Migrations;

/// <summary>Brings a database to the latest schema, one recorded step at a time.</summary>
internal static class SchemaMigrator
{
    public static void Migrate(SqliteSession session, DateTimeOffset now)
    {
        session.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
        foreach (var step in SchemaSteps.All)
        {
            // Each step in its own write transaction, re-checked inside it: two processes opening a new
            // database at once apply each step exactly once.
            session.Execute("BEGIN IMMEDIATE");
            try
            {
                var current = CurrentVersion(session);
                if (current > SchemaSteps.Latest)
                {
                    throw new LearningRecordsException(
                        LearningRecordsErrorKind.Refused,
                        $"The learning records in '{session.Connection.DataSource}' use schema version {current}, newer than this version of Training understands ({SchemaSteps.Latest}). Upgrade Training; the database was left untouched.");
                }

                if (current < step.Version)
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

    public static int CurrentVersion(SqliteSession session) =>
        Convert.ToInt32(session.Scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"), System.Globalization.CultureInfo.InvariantCulture);
}
