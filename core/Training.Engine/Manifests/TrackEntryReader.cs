using Training.Engine.Diagnostics;
using Training.Sdk.Content;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads one <c>tracks</c> entry.</summary>
internal static class TrackEntryReader
{
    private const string Example = "'- { id: bretagne.ant, title: { fr: ..., en: ... }, modules: [bretagne.e-reputation] }'";

    public static ManifestTrack? Read(ManifestContext context, YamlNode node)
    {
        var fields = YamlFields.Read(context, node, "a track entry", ManifestFields.Track, [ManifestFields.Id, ManifestFields.Title, ManifestFields.Modules], Example);
        if (fields is null)
        {
            return null;
        }

        var id = fields[ManifestFields.Id] is { } idNode ? EntryIdReader.Track(context, idNode) : null;
        var title = fields[ManifestFields.Title] is { } titleNode ? LocalizedTextReader.Read(context, titleNode, ManifestFields.Title) : null;
        var description = LocalizedText.Empty;
        if (fields.TryGet(ManifestFields.Description, out var descriptionNode))
        {
            description = LocalizedTextReader.Read(context, descriptionNode, ManifestFields.Description) ?? LocalizedText.Empty;
        }

        var modules = fields[ManifestFields.Modules] is { } modulesNode ? ReadModules(context, modulesNode) : null;
        var validity = ReadValidity(context, fields, out var validityValid);
        return id is null || title is null || modules is null || !validityValid
            ? null
            : new ManifestTrack(id, title, description, modules, validity, context.At(node));
    }

    private static List<string>? ReadModules(ManifestContext context, YamlNode node)
    {
        var items = YamlValues.List(context, node, ManifestFields.Modules, "'modules: [bretagne.e-reputation]'");
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            context.Error(DiagnosticCodes.EmptyTrack, "The track lists no modules.", node, "List the modules a trainee completes for this track, e.g. 'modules: [bretagne.e-reputation]'.");
            return null;
        }

        var modules = new List<string>();
        foreach (var item in items)
        {
            if (EntryIdReader.Module(context, item, "module id") is { } id)
            {
                modules.Add(id);
            }
        }

        return modules.Count == items.Count ? modules : null;
    }

    private static IsoPeriod? ReadValidity(ManifestContext context, YamlFields fields, out bool valid)
    {
        valid = true;
        if (!fields.TryGet(ManifestFields.Validity, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && IsoPeriod.TryParse(text.Trim(), out var period))
        {
            return period;
        }

        valid = false;
        context.Error(DiagnosticCodes.InvalidValidity, $"'validity' must be a positive ISO 8601 period, but is {YamlValues.Shown(node)}.", node, "Write e.g. 'P24M' (24 months), 'P2Y', 'P1Y6M' or 'P90D'; leave it out for certificates that never expire.");
        return null;
    }
}
