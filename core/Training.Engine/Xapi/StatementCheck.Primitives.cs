using System.Text.Json;
using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <content>Types, formats, language maps and extensions.</content>
internal sealed partial class StatementCheck
{
    private static readonly string[] s_interactionTypes =
        ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"];

    private static string? ObjectType(JsonNode? node, string defaultType) =>
        node is JsonObject o && o["objectType"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node is JsonObject ? defaultType : null;

    private JsonObject? Object(JsonNode? node, string path)
    {
        if (node is JsonObject o)
        {
            return o;
        }

        Errors.Add($"{path}: must be an object");
        return null;
    }

    private JsonArray? Array(JsonNode? node, string path)
    {
        if (node is JsonArray a)
        {
            return a;
        }

        Errors.Add($"{path}: must be an array");
        return null;
    }

    private void Keys(JsonObject o, string path, string[] allowed)
    {
        foreach (var (key, _) in o)
        {
            // Ordinal: a property in another case is an unknown property.
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Errors.Add($"{path}: unknown property '{key}'");
            }
        }
    }

    private void Required(JsonObject o, string key, string path, Action<JsonNode, string> check)
    {
        if (!o.ContainsKey(key))
        {
            Errors.Add($"{path}: '{key}' is required");
            return;
        }

        Optional(o, key, path, check);
    }

    private void Optional(JsonObject o, string key, string path, Action<JsonNode, string> check)
    {
        if (!o.TryGetPropertyValue(key, out var value))
        {
            return;
        }

        if (value is null)
        {
            Errors.Add($"{path}.{key}: must not be null");
            return;
        }

        check(value, $"{path}.{key}");
    }

    private void Exact(JsonObject o, string key, string path, string expected) =>
        Required(o, key, path, (n, p) => Format(n, p, s => s == expected, $"\"{expected}\""));

    private string? String(JsonNode node, string path)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        Errors.Add($"{path}: must be a string");
        return null;
    }

    private void Format(JsonNode node, string path, Func<string, bool> isValid, string what)
    {
        if (String(node, path) is { } value && !isValid(value))
        {
            Errors.Add($"{path}: '{value}' is not {what}");
        }
    }

    private void Iri(JsonNode node, string path) => Format(node, path, XapiFormats.IsIri, "an absolute IRI");

    private void Uuid(JsonNode node, string path) => Format(node, path, XapiFormats.IsUuid, "a UUID");

    private void Timestamp(JsonNode node, string path) => Format(node, path, XapiFormats.IsTimestamp, "an ISO 8601 timestamp");

    private void InteractionType(JsonNode node, string path) =>
        Format(node, path, s => s_interactionTypes.Contains(s, StringComparer.Ordinal), "an interaction type");

    private void Boolean(JsonNode node, string path)
    {
        if (node is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            Errors.Add($"{path}: must be true or false");
        }
    }

    private void Integer(JsonNode node, string path)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue<long>(out _))
        {
            Errors.Add($"{path}: must be an integer");
        }
    }

    private double? OptionalNumber(JsonObject o, string key, string path)
    {
        double? result = null;
        Optional(o, key, path, (n, p) =>
        {
            if (n is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
            {
                result = v.GetValue<double>();
            }
            else
            {
                Errors.Add($"{p}: must be a number");
            }
        });
        return result;
    }

    private void LanguageMap(JsonNode node, string path)
    {
        if (Object(node, path) is not { } map)
        {
            return;
        }

        foreach (var (tag, value) in map)
        {
            if (!XapiFormats.IsLanguageTag(tag))
            {
                Errors.Add($"{path}: '{tag}' is not an RFC 5646 language tag");
            }

            if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                Errors.Add($"{path}.{tag}: must be a string");
            }
        }
    }

    private void Extensions(JsonNode node, string path)
    {
        if (Object(node, path) is not { } extensions)
        {
            return;
        }

        // Extension values are free (null included); only their keys are constrained.
        foreach (var (key, _) in extensions)
        {
            if (!XapiFormats.IsIri(key))
            {
                Errors.Add($"{path}: extension key '{key}' is not an absolute IRI");
            }
        }
    }

    private void Strings(JsonNode node, string path)
    {
        if (Array(node, path) is not { } array)
        {
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is null)
            {
                Errors.Add($"{path}[{i}]: must not be null");
            }
            else
            {
                String(array[i]!, $"{path}[{i}]");
            }
        }
    }
}
