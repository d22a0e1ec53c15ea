using System.Text;

namespace Training.Engine.Manifests;

/// <summary>The id rules: <c>region.slug</c> for modules and tracks, a slug for lessons and quizzes.</summary>
internal static class ManifestIds
{
    private const int MaxLength = 100;

    public static bool IsQualified(string id) => id.Length <= MaxLength && ManifestPatterns.QualifiedId().IsMatch(id);

    public static bool IsEntry(string id) => id.Length <= MaxLength && ManifestPatterns.EntryId().IsMatch(id);

    /// <summary>
    /// A likely intended id (<c>Bretagne.E_Reputation</c> becomes <c>bretagne.e-reputation</c>), or
    /// null when the author's intent is not clear enough to propose one.
    /// </summary>
    public static string? Suggest(string id, bool qualified)
    {
        if (id.Length > MaxLength)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var c in id.Trim().ToLowerInvariant())
        {
            text.Append(c is ' ' or '_' ? '-' : c);
        }

        var candidate = text.ToString();
        return candidate != id && (qualified ? IsQualified(candidate) : IsEntry(candidate)) ? candidate : null;
    }
}
