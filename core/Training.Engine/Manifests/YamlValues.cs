using System.Globalization;
using Training.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>
/// Reads typed values from YAML nodes, reporting a diagnostic at the node when the shape is wrong.
/// Quotes do not change a value's type (<c>"3"</c> is accepted as 3): authors quote by habit, and the
/// manifest has no field where the difference matters.
/// </summary>
internal static class YamlValues
{
    public static bool IsNullScalar(string value, ScalarStyle style) =>
        style is ScalarStyle.Plain or ScalarStyle.Any && value is "" or "~" or "null" or "Null" or "NULL";

    public static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && IsNullScalar(scalar.Value ?? string.Empty, scalar.Style);

    /// <summary>Names a node's shape for "expected X, found Y" messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing",
        _ => "a single value",
    };

    /// <summary>A non-empty text, or null after reporting why not.</summary>
    public static string? Text(ManifestContext context, YamlNode node, string field)
    {
        if (IsNull(node))
        {
            context.Error(DiagnosticCodes.MissingField, $"'{field}' has no value.", node, $"Write a value after '{field}:'.");
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            context.Error(DiagnosticCodes.WrongType, $"'{field}' must be text, but is {Describe(node)}.", node, "Write it on one line after the colon, e.g. 'field: value'.");
            return null;
        }

        var text = (scalar.Value ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            context.Error(DiagnosticCodes.MissingField, $"'{field}' is empty.", node, $"Write a value after '{field}:'.");
            return null;
        }

        return text;
    }

    public static bool? Boolean(ManifestContext context, YamlNode node, string field)
    {
        var text = node is YamlScalarNode scalar && !IsNull(node) ? scalar.Value : null;
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        context.Error(DiagnosticCodes.WrongType, $"'{field}' must be true or false, but is {Shown(node)}.", node, $"Write '{field}: true' or '{field}: false'.");
        return null;
    }

    /// <summary>The items of a list; null (absent) counts as an empty list.</summary>
    public static IReadOnlyList<YamlNode>? List(ManifestContext context, YamlNode node, string field, string example)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        context.Error(DiagnosticCodes.WrongType, $"'{field}' must be a list, but is {Describe(node)}.", node, $"Write a list, e.g. {example}.");
        return null;
    }

    /// <summary>Parses a finite number, or returns null without reporting (callers know what was meant).</summary>
    public static double? Number(YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 and <= 32 } text }
            || !double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            return null;
        }

        return value;
    }

    /// <summary>The value as the author wrote it, quoted, or its shape when it is not a single value.</summary>
    public static string Shown(YamlNode node) => node is YamlScalarNode scalar && !IsNull(node)
        ? $"'{Shorten(scalar.Value ?? string.Empty)}'"
        : Describe(node);

    // Echoing a 1 MB value back in a diagnostic helps no one.
    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
