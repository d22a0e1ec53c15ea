namespace Training.Engine.Packaging;

/// <summary>
/// Decides whether a path inside a package is safe to extract on any platform. The rules are strict
/// on purpose: a module never needs an odd name, and each oddity is a known way out of the target folder
/// (zip-slip) or a name that Windows silently rewrites into another one.
/// </summary>
internal static class EntryNameRules
{
    /// <summary>Longer names break older Windows paths once a modules folder is prefixed.</summary>
    public const int MaxNameLength = 512;

    private static readonly HashSet<string> s_windowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Finds what makes a name unsafe.</summary>
    /// <param name="name">The entry name as stored in the zip (a trailing '/' marks a folder).</param>
    /// <returns>Why the name is refused, or null when it is safe.</returns>
    public static string? FindProblem(string name)
    {
        if (name.Length == 0)
        {
            return "has an empty name";
        }

        if (name.Length > MaxNameLength)
        {
            return $"has a name longer than {MaxNameLength} characters";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "contains a backslash, which Windows reads as a folder separator";
        }

        if (name[0] == '/')
        {
            return "is an absolute path";
        }

        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            return "starts with a drive letter";
        }

        foreach (var character in name)
        {
            if (char.IsControl(character) || character == ':')
            {
                return "contains a control character or ':'";
            }
        }

        // A trailing '/' marks a folder entry; the empty segment it leaves is not an error.
        var trimmed = name.EndsWith('/') ? name[..^1] : name;
        foreach (var segment in trimmed.Split('/'))
        {
            var problem = FindSegmentProblem(segment);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Checks that a safe name, joined to a root, stays below it: the last line of defence.</summary>
    /// <param name="rootFullPath">The full path of the extraction root.</param>
    /// <param name="name">The entry name.</param>
    /// <param name="fullPath">The full destination path.</param>
    /// <returns>True when the destination is strictly inside the root.</returns>
    public static bool TryResolveInside(string rootFullPath, string name, out string fullPath)
    {
        var root = Path.TrimEndingDirectorySeparator(rootFullPath) + Path.DirectorySeparatorChar;
        fullPath = Path.GetFullPath(Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar)));
        return fullPath.StartsWith(root, StringComparison.Ordinal) && fullPath.Length > root.Length;
    }

    private static string? FindSegmentProblem(string segment)
    {
        if (segment.Length == 0)
        {
            return "has an empty path segment ('//')";
        }

        if (segment is "." or "..")
        {
            return "has a '.' or '..' segment, which could leave the module folder";
        }

        // Windows drops trailing dots and spaces, so 'a.' and 'a' would land on the same file.
        if (segment.EndsWith('.') || segment.EndsWith(' '))
        {
            return "has a segment ending with a dot or a space";
        }

        var stem = segment.Split('.')[0];
        if (s_windowsDeviceNames.Contains(stem))
        {
            return $"uses the reserved Windows device name '{stem}'";
        }

        return null;
    }
}
