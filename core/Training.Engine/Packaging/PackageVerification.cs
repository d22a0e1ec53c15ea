using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>The outcome of verifying a package.</summary>
/// <param name="PackagePath">The package, as given.</param>
/// <param name="Files">The files checked against the hash list (empty when verification stopped early).</param>
/// <param name="Diagnostics">Every refusal, each naming the entry concerned.</param>
public sealed record PackageVerification(string PackagePath, IReadOnlyList<PackageFileEntry> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the package can be installed as far as its content goes.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);
}
