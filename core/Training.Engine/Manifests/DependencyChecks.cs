using Training.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>
/// The checks across entries of one manifest: duplicate ids, duplicate or self dependencies, and
/// prerequisites missing from <c>requires</c>. Whether required modules exist is the dependency graph's job.
/// </summary>
internal static class DependencyChecks
{
    public static List<ModuleRequirement> Requirements(ManifestContext context, List<ListEntry<ModuleRequirement>> entries, string? selfId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var requirements = new List<ModuleRequirement>();
        foreach (var (node, requirement) in entries)
        {
            if (requirement is null)
            {
                continue;
            }

            if (requirement.ModuleId == selfId)
            {
                context.Error(DiagnosticCodes.DependsOnItself, $"The module '{selfId}' requires itself.", IdNode(node), "Remove this entry from 'requires'.");
            }
            else if (!seen.Add(requirement.ModuleId))
            {
                context.Error(DiagnosticCodes.DuplicateDependency, $"The module '{requirement.ModuleId}' is listed twice in 'requires'.", IdNode(node), "Keep one entry, with the version range you mean.");
            }
            else
            {
                requirements.Add(requirement);
            }
        }

        return requirements;
    }

    public static List<ModulePrerequisite> Prerequisites(ManifestContext context, YamlFields fields, List<ModuleRequirement> requires, string? selfId)
    {
        if (!fields.TryGet(ManifestFields.Prerequisites, out var node))
        {
            return [];
        }

        var items = YamlValues.List(context, node, ManifestFields.Prerequisites, "'prerequisites: [mopa.social-networks]'") ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var prerequisites = new List<ModulePrerequisite>();
        foreach (var item in items)
        {
            var id = EntryIdReader.Module(context, item, "module id");
            if (id is null)
            {
                continue;
            }

            if (id == selfId)
            {
                context.Error(DiagnosticCodes.DependsOnItself, $"The module '{selfId}' lists itself as a prerequisite.", item, "Remove it from 'prerequisites'.");
            }
            else if (!seen.Add(id))
            {
                context.Error(DiagnosticCodes.DuplicateDependency, $"The module '{id}' is listed twice in 'prerequisites'.", item, "Keep one of them.");
            }
            else if (!requires.Exists(requirement => requirement.ModuleId == id))
            {
                context.Error(DiagnosticCodes.PrerequisiteNotRequired, $"The prerequisite '{id}' is not in 'requires'.", item, $"Add '- {{ id: {id}, version: \"*\" }}' under 'requires:' so the module is installed before this one.");
            }
            else
            {
                prerequisites.Add(new ModulePrerequisite(id, context.At(item)));
            }
        }

        return prerequisites;
    }

    public static void UniqueIds<T>(ManifestContext context, List<ListEntry<T>> entries, Func<T, string> id, string what)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, item) in entries)
        {
            if (item is not null && !seen.Add(id(item)))
            {
                context.Error(DiagnosticCodes.DuplicateEntryId, $"Two {what} entries have the id '{id(item)}'.", IdNode(node), $"Give each {what} its own id.");
            }
        }
    }

    // Points at the id value rather than the entry's '{' or '-', which is what the author must change.
    private static YamlNode IdNode(YamlNode entry) =>
        entry is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(ManifestFields.Id), out var id) ? id : entry;
}
