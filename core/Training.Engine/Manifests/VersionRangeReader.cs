using Training.Engine.Diagnostics;
using Training.Engine.Versioning;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads an npm-style range (<c>sdk</c>, <c>requires[].version</c>).</summary>
internal static class VersionRangeReader
{
    public static VersionRange? Read(ManifestContext context, YamlNode node, string field)
    {
        var text = YamlValues.Text(context, node, field);
        if (text is null)
        {
            return null;
        }

        if (VersionRange.TryParse(text, out var range))
        {
            return range;
        }

        context.Error(DiagnosticCodes.InvalidVersionRange, $"'{text}' is not a valid version range.", node, "Use an npm-style range such as '^1.0', '~1.2', '>=1.0.0 <2.0.0', '1.x' or '*' (quote ranges that start with '>' or '*').");
        return null;
    }
}
