using System.Text.RegularExpressions;
using Training.Engine.Diagnostics;

namespace Training.Web.Administration;

/// <summary>
/// An uploaded package saved to a private temporary folder under a safe version of its name, so the
/// installer reads a file and its messages name the file the admin chose. Deleted when disposed.
/// </summary>
internal sealed partial class UploadedPackage : IDisposable
{
    private readonly string _folder;

    private UploadedPackage(string folder, string name)
    {
        _folder = folder;
        Name = name;
        Path = System.IO.Path.Combine(folder, name);
    }

    /// <summary>The file's name as shown in messages.</summary>
    public string Name { get; }

    /// <summary>Where it was saved.</summary>
    public string Path { get; }

    public static async Task<UploadedPackage> Save(IFormFile file, CancellationToken cancellation)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "training-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var package = new UploadedPackage(folder, SafeName(file.FileName));
        try
        {
            await using var target = new FileStream(package.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await file.CopyToAsync(target, cancellation);
        }
        catch
        {
            package.Dispose();
            throw;
        }

        return package;
    }

    /// <summary>The name the browser sent, reduced to a plain file name; never a path.</summary>
    public static string SafeName(string? fileName)
    {
        var name = System.IO.Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = Unsafe().Replace(name, "_").TrimStart('.');
        return name.Length is 0 or > 120 ? "package.zip" : name;
    }

    /// <summary>A diagnostic whose location is the saved file (or the installer's staging copy of the module) shown relative to the package.</summary>
    public Diagnostic Display(Diagnostic diagnostic, string modulesDirectory)
    {
        if (diagnostic.Location is not { } location)
        {
            return diagnostic;
        }

        var file = location.File;
        if (file == Path)
        {
            return diagnostic with { Location = location with { File = Name } };
        }

        var staging = System.IO.Path.Combine(modulesDirectory, ".install-");
        if (file.StartsWith(staging, StringComparison.Ordinal))
        {
            var rest = file[staging.Length..];
            var slash = rest.IndexOf(System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
            return diagnostic with { Location = location with { File = Name + "!/" + (slash < 0 ? string.Empty : rest[(slash + 1)..].Replace(System.IO.Path.DirectorySeparatorChar, '/')) } };
        }

        return diagnostic;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the install's outcome is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
