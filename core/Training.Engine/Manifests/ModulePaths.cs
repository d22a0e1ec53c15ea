namespace Training.Engine.Manifests;

/// <summary>
/// The rules for paths in a manifest (<c>file</c>, <c>assembly</c>): relative, forward slashes, and
/// inside the module folder, so that a hostile manifest cannot make the host read elsewhere.
/// </summary>
internal static class ModulePaths
{
    /// <summary>Why the path is unsafe, or null when it is acceptable.</summary>
    public static string? Problem(string path)
    {
        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "uses backslashes";
        }

        if (path.Any(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            return "contains characters that are not allowed in file names";
        }

        if (path.StartsWith('/') || path.StartsWith('~'))
        {
            return "is absolute";
        }

        var depth = 0;
        foreach (var segment in path.Split('/'))
        {
            depth += segment switch
            {
                ".." => -1,
                "" or "." => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return "leaves the module folder";
            }
        }

        return depth == 0 ? "does not name a file" : null;
    }

    /// <summary>
    /// The file's full path when it stays inside <paramref name="moduleDirectory"/> once symbolic links
    /// are followed; null when a link along the way points outside.
    /// </summary>
    public static string? Resolve(string moduleDirectory, string relativePath)
    {
        var root = Path.GetFullPath(moduleDirectory);
        var current = root;
        foreach (var segment in relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.GetFullPath(Path.Combine(current, segment));
            if (!IsInside(root, current))
            {
                return null;
            }

            var info = new FileInfo(current);
            if (info.Exists || Directory.Exists(current))
            {
                FileSystemInfo entry = info.Exists ? info : new DirectoryInfo(current);
                if (entry.LinkTarget is not null)
                {
                    var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !IsInside(root, Path.GetFullPath(target.FullName)))
                    {
                        return null;
                    }
                }
            }
        }

        return current;
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
