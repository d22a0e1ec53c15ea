namespace Training.Engine.Packaging;

/// <summary>Deletes the installer's temporary folders without letting a failure hide the real outcome.</summary>
internal static class FolderCleanup
{
    /// <summary>Deletes a folder and its content, if it exists.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>False when it exists and could not be deleted.</returns>
    public static bool TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
