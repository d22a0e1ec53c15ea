using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <summary>
/// Checks one statement against the xAPI 1.0.3 statement rules (Data part, section 2 and 4): required
/// and known properties with the right types and case, IRIs, UUIDs, mailto IRIs, exactly one inverse
/// functional identifier per agent, groups, language maps with RFC 5646 tags, scores, ISO 8601
/// timestamps and durations, context and sub-statement restrictions, voiding, attachments, and no
/// <c>null</c> outside extensions. Rules that need an LRS's state (does a voided statement exist?
/// does an attachment's content arrive?) are out of reach of a single statement (docs/coordinators.md).
/// </summary>
public static class XapiStatementValidator
{
    /// <summary>Validates a statement.</summary>
    /// <param name="statement">The statement, as JSON.</param>
    /// <returns>The problems, each <c>path: what is wrong</c>; empty when the statement is valid.</returns>
    public static IReadOnlyList<string> Validate(JsonNode? statement)
    {
        var check = new StatementCheck();
        check.Statement(statement, "$", substatement: false);
        return check.Errors;
    }

    /// <summary>Whether a statement is valid.</summary>
    /// <param name="statement">The statement, as JSON.</param>
    /// <returns>True when <see cref="Validate"/> finds nothing.</returns>
    public static bool IsValid(JsonNode? statement) => Validate(statement).Count == 0;
}
