using Training.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads and checks the ids of modules, tracks, lessons and quizzes.</summary>
internal static class EntryIdReader
{
    /// <summary>A lesson or quiz id.</summary>
    public static string? Entry(ManifestContext context, YamlNode node, string what) =>
        Read(context, node, qualified: false, DiagnosticCodes.InvalidEntryId, what, "lowercase letters, digits and '-', starting with a letter or digit (e.g. 'why-reviews')");

    /// <summary>A module id (<c>region.slug</c>).</summary>
    public static string? Module(ManifestContext context, YamlNode node, string what) =>
        Read(context, node, qualified: true, DiagnosticCodes.InvalidModuleId, what, "'region.slug': lowercase letters, digits and '-', in two or more parts separated by dots (e.g. 'bretagne.e-reputation')");

    /// <summary>A track id (<c>region.slug</c>).</summary>
    public static string? Track(ManifestContext context, YamlNode node) =>
        Read(context, node, qualified: true, DiagnosticCodes.InvalidTrackId, "track id", "'region.slug': lowercase letters, digits and '-', in two or more parts separated by dots (e.g. 'bretagne.ant')");

    private static string? Read(ManifestContext context, YamlNode node, bool qualified, string code, string what, string rule)
    {
        var id = YamlValues.Text(context, node, what);
        if (id is null)
        {
            return null;
        }

        if (qualified ? ManifestIds.IsQualified(id) : ManifestIds.IsEntry(id))
        {
            return id;
        }

        var suggestion = ManifestIds.Suggest(id, qualified);
        var hint = suggestion is null ? $"Use {rule}." : $"Did you mean '{suggestion}'? Use {rule}.";
        context.Error(code, $"'{Shorten(id)}' is not a valid {what}.", node, hint);
        return null;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
