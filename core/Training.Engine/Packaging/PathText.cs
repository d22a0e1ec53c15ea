namespace Training.Engine.Packaging;

/// <summary>Turns user-given paths into full paths without throwing on text no file system accepts.</summary>
internal static class PathText
{
    /// <summary>Resolves a path against the current folder.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="fullPath">The full path, or empty when the text is not a path.</param>
    /// <returns>True when the path could be resolved.</returns>
    public static bool TryGetFullPath(string path, out string fullPath)
    {
        try
        {
            fullPath = Path.GetFullPath(path);
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            fullPath = string.Empty;
            return false;
        }
    }
}
