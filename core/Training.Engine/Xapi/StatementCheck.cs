using System.Text.Json;
using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <summary>The rules behind <see cref="XapiStatementValidator"/>; collects every problem with its JSON path.</summary>
internal sealed partial class StatementCheck
{
    private static readonly string[] s_statementKeys = ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"];
    private static readonly string[] s_substatementKeys = ["objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"];
    private static readonly string[] s_verbKeys = ["id", "display"];
    private static readonly string[] s_resultKeys = ["score", "success", "completion", "response", "duration", "extensions"];
    private static readonly string[] s_scoreKeys = ["scaled", "raw", "min", "max"];
    private static readonly string[] s_attachmentKeys = ["usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"];

    public List<string> Errors { get; } = [];

    public void Statement(JsonNode? node, string path, bool substatement)
    {
        if (Object(node, path) is not { } statement)
        {
            return;
        }

        Keys(statement, path, substatement ? s_substatementKeys : s_statementKeys);
        if (substatement)
        {
            Exact(statement, "objectType", path, "SubStatement");
        }
        else
        {
            Optional(statement, "id", path, Uuid);
            Optional(statement, "stored", path, Timestamp);
            Optional(statement, "authority", path, Authority);
            Optional(statement, "version", path, (n, p) => Format(n, p, XapiFormats.IsVersion, "a 1.0.x version"));
        }

        Required(statement, "actor", path, Actor);
        Required(statement, "verb", path, Verb);
        Required(statement, "object", path, (n, p) => StatementObject(n, p, substatement));
        Optional(statement, "result", path, Result);
        Optional(statement, "context", path, (n, p) => Context(n, p, statement["object"]));
        Optional(statement, "timestamp", path, Timestamp);
        Optional(statement, "attachments", path, Attachments);

        if (statement["verb"] is JsonObject verb && verb["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            && id.GetValue<string>() == "http://adlnet.gov/expapi/verbs/voided"
            && ObjectType(statement["object"], "Activity") != "StatementRef")
        {
            Errors.Add($"{path}.object: a voiding statement's object must be a StatementRef");
        }
    }

    private void Verb(JsonNode node, string path)
    {
        if (Object(node, path) is not { } verb)
        {
            return;
        }

        Keys(verb, path, s_verbKeys);
        Required(verb, "id", path, Iri);
        Optional(verb, "display", path, LanguageMap);
    }

    private void Result(JsonNode node, string path)
    {
        if (Object(node, path) is not { } result)
        {
            return;
        }

        Keys(result, path, s_resultKeys);
        Optional(result, "score", path, Score);
        Optional(result, "success", path, Boolean);
        Optional(result, "completion", path, Boolean);
        Optional(result, "response", path, (n, p) => String(n, p));
        Optional(result, "duration", path, (n, p) => Format(n, p, XapiFormats.IsDuration, "an ISO 8601 duration"));
        Optional(result, "extensions", path, Extensions);
    }

    private void Score(JsonNode node, string path)
    {
        if (Object(node, path) is not { } score)
        {
            return;
        }

        Keys(score, path, s_scoreKeys);
        var scaled = OptionalNumber(score, "scaled", path);
        var raw = OptionalNumber(score, "raw", path);
        var min = OptionalNumber(score, "min", path);
        var max = OptionalNumber(score, "max", path);
        if (scaled is < -1 or > 1)
        {
            Errors.Add($"{path}.scaled: must be between -1 and 1");
        }

        if (min is { } low && max is { } high && low >= high)
        {
            Errors.Add($"{path}.min: must be less than max");
        }

        if (raw is { } value && ((min is { } floor && value < floor) || (max is { } ceiling && value > ceiling)))
        {
            Errors.Add($"{path}.raw: must be between min and max");
        }
    }

    private void Attachments(JsonNode node, string path)
    {
        if (Array(node, path) is not { } attachments)
        {
            return;
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Object(attachments[i], itemPath) is not { } attachment)
            {
                continue;
            }

            Keys(attachment, itemPath, s_attachmentKeys);
            Required(attachment, "usageType", itemPath, Iri);
            Required(attachment, "display", itemPath, LanguageMap);
            Optional(attachment, "description", itemPath, LanguageMap);
            Required(attachment, "contentType", itemPath, (n, p) => Format(n, p, XapiFormats.IsMediaType, "a media type"));
            Required(attachment, "length", itemPath, Integer);
            Required(attachment, "sha2", itemPath, (n, p) => String(n, p));
            Optional(attachment, "fileUrl", itemPath, Iri);
        }
    }
}
