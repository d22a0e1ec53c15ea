namespace Training.Engine.Packaging;

/// <summary>
/// Checks a module package without installing it: a well-formed zip, safe entry names, regular files only,
/// no duplicates, sizes within <see cref="PackageLimits"/>, <c>module.yaml</c> and <c>package.sha256</c> at the
/// root, and every file matching the hash list. Never throws for a bad package: every problem is a diagnostic.
/// </summary>
public sealed class PackageVerifier
{
    private readonly PackageScanner _scanner;

    /// <summary>Creates a verifier.</summary>
    /// <param name="limits">The size limits, or null for <see cref="PackageLimits.Default"/>.</param>
    public PackageVerifier(PackageLimits? limits = null)
    {
        _scanner = new PackageScanner(limits ?? PackageLimits.Default);
    }

    /// <summary>Verifies a package, decompressing each entry once (nothing is written to disk).</summary>
    /// <param name="packagePath">The package file.</param>
    /// <returns>The files found and every refusal, each naming the package and the entry.</returns>
    public PackageVerification Verify(string packagePath)
    {
        ArgumentNullException.ThrowIfNull(packagePath);
        return _scanner.Scan(packagePath, extractionRoot: null);
    }
}
