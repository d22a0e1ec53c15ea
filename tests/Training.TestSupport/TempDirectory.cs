namespace Training.TestSupport;

/// <summary>A folder under the system temp folder, deleted when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates an empty folder.</summary>
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "training-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Writes a file below the folder, creating its parent folders.</summary>
    /// <param name="relative">The file's path relative to the folder.</param>
    /// <param name="content">The text to write (UTF-8).</param>
    /// <returns>The file's full path.</returns>
    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file (a plugin being unloaded) must not fail the test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
