using Training.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>
/// The known fields of one mapping (root, lesson, quiz, track, requires entry), read once: unknown
/// keys are reported with the nearest known name, missing required ones at the mapping's start.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);

    private YamlFields(YamlMappingNode mapping) => Mapping = mapping;

    public YamlMappingNode Mapping { get; }

    /// <summary>Reads a mapping; returns null after a diagnostic when the node is not one.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="node">The node that should be a mapping.</param>
    /// <param name="what">What the mapping is, for messages ("a lesson entry").</param>
    /// <param name="known">The field names this mapping may have.</param>
    /// <param name="required">The field names it must have.</param>
    /// <param name="example">An example of the mapping written inline, for the hint.</param>
    public static YamlFields? Read(ManifestContext context, YamlNode node, string what, IReadOnlyList<string> known, IReadOnlyList<string> required, string example)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(DiagnosticCodes.WrongType, $"{Capitalize(what)} must be a mapping of fields, but is {YamlValues.Describe(node)}.", node, $"Write it like {example}.");
            return null;
        }

        var fields = new YamlFields(mapping);
        foreach (var (keyNode, value) in mapping.Children)
        {
            // Non-text keys were reported by the structure scan, which runs first.
            if (keyNode is not YamlScalarNode key || key.Value is null)
            {
                continue;
            }

            if (known.Contains(key.Value, StringComparer.Ordinal))
            {
                fields._fields[key.Value] = (key, value);
            }
            else
            {
                var suggestion = NameSuggester.Suggest(key.Value, known);
                var hint = suggestion is null
                    ? $"The fields of {what} are: {string.Join(", ", known)}."
                    : $"Did you mean '{suggestion}'?";
                context.Error(DiagnosticCodes.UnknownField, $"Unknown field '{Shorten(key.Value)}'.", key, hint);
            }
        }

        foreach (var name in required)
        {
            if (!fields._fields.ContainsKey(name))
            {
                context.Error(DiagnosticCodes.MissingField, $"{Capitalize(what)} has no '{name}' field.", mapping, $"Add '{name}:', e.g. {ExampleFor(name, example)}.");
            }
        }

        return fields;
    }

    // The root's required fields each get an example of their own; entries share one.
    private static string ExampleFor(string field, string fallback) => field switch
    {
        ManifestFields.Version => "'version: 1.0.0'",
        ManifestFields.Sdk => "'sdk: ^1.0'",
        ManifestFields.Title => "'title: { fr: E-réputation, en: Online reputation }'",
        _ => fallback,
    };

    /// <summary>The value of a field, or null when absent.</summary>
    public YamlNode? this[string name] => _fields.TryGetValue(name, out var field) ? field.Value : null;

    /// <summary>The value of a field when present and not null (YAML <c>~</c> or nothing means "not given").</summary>
    public bool TryGet(string name, out YamlNode value)
    {
        value = this[name]!;
        return value is not null && !YamlValues.IsNull(value);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
