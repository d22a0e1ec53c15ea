using Microsoft.Data.Sqlite;
using Training.Storage.Sqlite.Cohorts;

namespace Training.Storage.Sqlite.Tests.Cohorts;

public sealed class RawQueryTests
{
    [Test]
    public void Steps_through_rows_with_text_as_utf8_bytes_and_nulls_told_apart()
    {
        using var connection = Open();
        using var rows = new RawQuery(connection, "SELECT 'Éloïse', 42, 2.5, NULL UNION ALL SELECT 'b', 7, 0.5, 1 ORDER BY 2 DESC");

        Assert.That(rows.Step(), Is.True);
        Assert.That(rows.Text(0).ToArray(), Is.EqualTo("Éloïse"u8.ToArray()));
        Assert.That((rows.Int64(1), rows.Double(2), rows.IsNull(3)), Is.EqualTo((42L, 2.5, true)));
        Assert.That(rows.Step(), Is.True);
        Assert.That(rows.IsNull(3), Is.False);
        Assert.That(rows.Step(), Is.False);
    }

    [Test]
    public void A_parameter_is_bound_by_position()
    {
        using var connection = Open();
        using var rows = new RawQuery(connection, "SELECT $value || '!'");
        rows.Bind(1, "spring");

        Assert.That(rows.Step(), Is.True);
        Assert.That(rows.Text(0).ToArray(), Is.EqualTo("spring!"u8.ToArray()));
    }

    [Test]
    public void Errors_are_the_data_readers_exceptions_with_sqlites_message()
    {
        using var connection = Open();

        var syntax = Assert.Throws<SqliteException>(() => new RawQuery(connection, "SELEC 1").Dispose())!;
        using var failing = new RawQuery(connection, "SELECT abs(-9223372036854775808)");
        var overflow = Assert.Throws<SqliteException>(() => failing.Step())!;

        Assert.That(syntax.Message, Does.Contain("syntax error"));
        Assert.That(syntax.SqliteErrorCode, Is.EqualTo(1));
        Assert.That(overflow.Message, Does.Contain("integer overflow"));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }
}
