using Training.Engine.Diagnostics;
using Training.Sdk.Content;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads <c>title</c>/<c>description</c>: a plain string (French) or a <c>{ fr, en }</c> mapping.</summary>
internal static class LocalizedTextReader
{
    public static LocalizedText? Read(ManifestContext context, YamlNode node, string field)
    {
        if (node is YamlScalarNode)
        {
            var text = YamlValues.Text(context, node, field);
            return text is null ? null : LocalizedText.Of(text);
        }

        if (node is not YamlMappingNode mapping)
        {
            context.Error(DiagnosticCodes.WrongType, $"'{field}' must be text or a mapping of languages, but is {YamlValues.Describe(node)}.", node, $"Write '{field}: Texte' or '{field}: {{ fr: Texte, en: Text }}'.");
            return null;
        }

        var values = new List<KeyValuePair<string, string>>();
        var valid = true;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } language } key)
            {
                continue;
            }

            if (!ManifestFields.Languages.Contains(language, StringComparer.Ordinal))
            {
                var suggestion = NameSuggester.Suggest(language, ManifestFields.Languages);
                var hint = suggestion is null ? "The languages are fr and en." : $"Did you mean '{suggestion}'? The languages are fr and en.";
                context.Error(DiagnosticCodes.UnknownField, $"Unknown language '{language}' in '{field}'.", key, hint);
                valid = false;
                continue;
            }

            var text = YamlValues.Text(context, value, $"{field}.{language}");
            if (text is null)
            {
                valid = false;
                continue;
            }

            values.Add(new(language, text));
        }

        if (valid && values.Count == 0)
        {
            context.Error(DiagnosticCodes.MissingField, $"'{field}' has no text in any language.", node, $"Write '{field}: {{ fr: Texte, en: Text }}'.");
        }

        return valid && values.Count > 0 ? new LocalizedText(values) : null;
    }
}
