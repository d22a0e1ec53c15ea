using Training.Engine.Versioning;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads one <c>requires</c> entry.</summary>
internal static class RequirementReader
{
    private const string Example = "'- { id: mopa.social-networks, version: \">=1.0.0\" }'";

    public static ModuleRequirement? Read(ManifestContext context, YamlNode node)
    {
        var fields = YamlFields.Read(context, node, "a requires entry", ManifestFields.Requirement, [ManifestFields.Id], Example);
        if (fields is null)
        {
            return null;
        }

        var id = fields[ManifestFields.Id] is { } idNode ? EntryIdReader.Module(context, idNode, "module id") : null;
        VersionRange? versions = VersionRange.Any;
        if (fields.TryGet(ManifestFields.Version, out var versionNode))
        {
            versions = VersionRangeReader.Read(context, versionNode, "requires version");
        }

        return id is null || versions is null ? null : new ModuleRequirement(id, versions, context.At(node));
    }
}
