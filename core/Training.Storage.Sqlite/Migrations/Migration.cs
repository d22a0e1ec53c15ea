namespace Training.Storage.Sqlite.Migrations;

/// <summary>One schema step: applied once, in its own transaction, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">The schema version this step brings the database to.</param>
/// <param name="Name">A short description.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
