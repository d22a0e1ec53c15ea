using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Lists the files of a module folder that belong in its package. Build output (<c>bin/</c>, <c>obj/</c>),
/// hidden files and folders (<c>.git/</c>, <c>.DS_Store</c>) and a previous hash list are left out, and
/// symbolic links are skipped with a warning: following one could pack a file from outside the module.
/// </summary>
/// <param name="moduleRoot">The module folder's full path.</param>
/// <param name="excludedFullPath">A file never to pack: the package being written, when it lands inside the folder.</param>
/// <param name="diagnostics">Where problems go.</param>
internal sealed class ModuleFileCollector(string moduleRoot, string excludedFullPath, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> s_buildFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj" };

    /// <summary>Collects the files, sorted by path (ordinal).</summary>
    /// <returns>The files; the diagnostics say whether some were refused.</returns>
    public List<ModuleFile> Collect()
    {
        var files = new List<ModuleFile>();
        try
        {
            Walk(new DirectoryInfo(moduleRoot), string.Empty, files);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, $"Could not list the module folder: {exception.Message}", new SourceLocation(moduleRoot), "Check the folder's permissions."));
        }

        files.Sort((left, right) => string.CompareOrdinal(left.RelativePath, right.RelativePath));
        return files;
    }

    private void Walk(DirectoryInfo directory, string prefix, List<ModuleFile> files)
    {
        foreach (var item in directory.EnumerateFileSystemInfos())
        {
            var relative = prefix + item.Name;
            if (item.Name.StartsWith('.') || IsExcluded(item, relative))
            {
                continue;
            }

            if (item.LinkTarget is not null)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.PackageLinkEntry, $"'{relative}' is a symbolic link and was not packed.", new SourceLocation(item.FullName), "Copy the file it points to into the module folder if the module needs it."));
                continue;
            }

            if (item is DirectoryInfo folder)
            {
                if (!s_buildFolders.Contains(folder.Name))
                {
                    Walk(folder, relative + "/", files);
                }

                continue;
            }

            var nameProblem = EntryNameRules.FindProblem(relative);
            if (nameProblem is not null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageUnsafeEntryName, $"The file '{relative}' {nameProblem}.", new SourceLocation(item.FullName), "Rename it: packages must install on every platform."));
                continue;
            }

            files.Add(new ModuleFile(relative, item.FullName, ((FileInfo)item).Length));
        }
    }

    private bool IsExcluded(FileSystemInfo item, string relative) =>
        relative == PackageFormat.HashListEntryName // regenerated on every pack
        || string.Equals(item.FullName, excludedFullPath, StringComparison.Ordinal);
}
