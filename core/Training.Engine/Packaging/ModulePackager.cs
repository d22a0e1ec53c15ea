using System.Globalization;
using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Packs a module folder into a deterministic <c>.zip</c> carrying a SHA-256 list of its files
/// (docs/packages.md). The module is validated first; the package written is then verified like any
/// package a region receives, so a package that packs always verifies.
/// </summary>
public sealed class ModulePackager
{
    private readonly IModuleInspector _inspector;
    private readonly PackageLimits _limits;

    /// <summary>Creates a packager.</summary>
    /// <param name="inspector">The host's manifest validator, version comparer and SDK check.</param>
    /// <param name="limits">The size limits, or null for <see cref="PackageLimits.Default"/>.</param>
    public ModulePackager(IModuleInspector inspector, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(inspector);
        _inspector = inspector;
        _limits = limits ?? PackageLimits.Default;
    }

    /// <summary>Packs a module folder.</summary>
    /// <param name="moduleDirectory">The folder holding <c>module.yaml</c>.</param>
    /// <param name="outputPath">
    /// The package file to write (replaced if it exists), or an existing folder to write
    /// <c>&lt;id&gt;-&lt;version&gt;.zip</c> into; null writes that name beside the module folder.
    /// </param>
    /// <returns>The package written, or the diagnostics explaining why not. Never throws for a bad module.</returns>
    public PackResult Pack(string moduleDirectory, string? outputPath = null)
    {
        ArgumentNullException.ThrowIfNull(moduleDirectory);
        var diagnostics = new DiagnosticBag();
        if (!PathText.TryGetFullPath(moduleDirectory, out var root) || !Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, "The module folder does not exist.", new SourceLocation(moduleDirectory), "Give the folder that holds module.yaml."));
            return Failed(diagnostics, null);
        }

        var check = ModuleInspection.Inspect(_inspector, root);
        diagnostics.AddRange(check.Diagnostics);
        var moduleProblem = ModuleInspection.FindProblem(check);
        if (moduleProblem is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageModuleInvalid, $"Nothing was packed: {moduleProblem}.", new SourceLocation(Path.Combine(moduleDirectory, PackageFormat.ManifestEntryName)), "Fix the module, then pack again."));
            return Failed(diagnostics, check);
        }

        if (!TryResolvePackagePath(outputPath, root, check.Id!, check.Version!, out var packagePath))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, "The output path is not a valid path.", new SourceLocation(outputPath ?? string.Empty), "Give a .zip file name or an existing folder."));
            return Failed(diagnostics, check);
        }

        var files = new ModuleFileCollector(root, packagePath, diagnostics).Collect();
        if (diagnostics.HasErrors || !WithinLimits(files, moduleDirectory, diagnostics))
        {
            return Failed(diagnostics, check);
        }

        return Write(packagePath, files, check, diagnostics);
    }

    private PackResult Write(string packagePath, List<ModuleFile> files, ModuleCheck check, DiagnosticBag diagnostics)
    {
        // Write beside the target and rename at the end: a reader never sees half a package.
        var partialPath = packagePath + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            var hashes = files.ToDictionary(f => f.RelativePath, f => FileHasher.Sha256(f.FullPath), StringComparer.Ordinal);
            DeterministicZipWriter.Write(partialPath, files, HashList.Format(hashes));

            // Files may change while being packed; verifying what was written catches it, and any other slip.
            var verification = new PackageScanner(_limits).Scan(partialPath, extractionRoot: null);
            if (!verification.IsValid)
            {
                diagnostics.AddRange(verification.Diagnostics);
                return Failed(diagnostics, check);
            }

            File.Move(partialPath, packagePath, overwrite: true);
            return new PackResult(true, packagePath, check.Id, check.Version, files.Count, diagnostics.Items);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, $"Could not write the package: {exception.Message}", new SourceLocation(packagePath), "Check that the output folder exists and is writable, and that no file changes while packing."));
            return Failed(diagnostics, check);
        }
        finally
        {
            TryDelete(partialPath);
        }
    }

    private bool WithinLimits(List<ModuleFile> files, string moduleDirectory, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(moduleDirectory);

        // The hash list is an entry too.
        if (files.Count + 1 > _limits.MaxEntries)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageTooManyEntries, Invariant($"The module has {files.Count} files; a package holds at most {_limits.MaxEntries - 1} besides its hash list."), location, "Remove generated files, or split the module."));
        }

        foreach (var file in files.Where(f => f.Length > _limits.MaxEntryBytes))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageEntryTooLarge, Invariant($"'{file.RelativePath}' has {file.Length} bytes; the limit per file is {_limits.MaxEntryBytes}."), new SourceLocation(file.FullPath), "Shrink the file or host it elsewhere and link to it."));
        }

        var total = files.Sum(f => f.Length);
        if (total > _limits.MaxTotalBytes)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageTooLarge, Invariant($"The module's files have {total} bytes in all; the limit is {_limits.MaxTotalBytes}."), location, "Shrink the module's media, or split the module."));
        }

        return !diagnostics.HasErrors;
    }

    private static bool TryResolvePackagePath(string? outputPath, string root, string id, string version, out string packagePath)
    {
        var fileName = PackageFormat.DefaultFileName(id, version);
        if (outputPath is null)
        {
            packagePath = Path.Combine(Path.GetDirectoryName(root) ?? root, fileName);
            return true;
        }

        if (!PathText.TryGetFullPath(outputPath, out var full))
        {
            packagePath = string.Empty;
            return false;
        }

        packagePath = Directory.Exists(full) || Path.EndsInDirectorySeparator(outputPath) ? Path.Combine(full, fileName) : full;
        return true;
    }

    private static PackResult Failed(DiagnosticBag diagnostics, ModuleCheck? check) =>
        new(false, null, check?.Id, check?.Version, 0, diagnostics.Items);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover '.partial-' file is harmless and named for what it is.
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
