namespace Training.Engine.Packaging;

/// <summary>
/// Checks that an id and a version are safe to use in a file name and as a folder name. The validator
/// checks the manifest's rules; this is a second guard because the installer builds
/// <c>modules/&lt;id&gt;/</c> from the id, and an id such as <c>../x</c> would escape the modules folder.
/// </summary>
internal static class ModuleIdentity
{
    public const int MaxLength = 128;

    /// <summary>Finds why an id cannot name a folder.</summary>
    /// <param name="id">The module id.</param>
    /// <returns>The reason, or null when safe.</returns>
    public static string? FindIdProblem(string id) =>
        id.Length is 0 or > MaxLength || !char.IsAsciiLetterLower(id[0]) && !char.IsAsciiDigit(id[0])
            || id.Contains("..", StringComparison.Ordinal) || id.EndsWith('.')
            || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')
            ? $"the id '{id}' is not lowercase letters, digits, '.' and '-' starting with a letter or digit"
            : null;

    /// <summary>Finds why a version cannot be part of a file name.</summary>
    /// <param name="version">The version text.</param>
    /// <returns>The reason, or null when safe.</returns>
    public static string? FindVersionProblem(string version) =>
        version.Length is 0 or > MaxLength || !version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+')
            ? $"the version '{version}' is not SemVer text"
            : null;
}
