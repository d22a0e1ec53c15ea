using Training.Engine.Diagnostics;

namespace Training.Engine.Manifests;

/// <summary>What reading a <c>module.yaml</c> produced.</summary>
/// <param name="Manifest">
/// The manifest, or <see langword="null"/> when its identity (id, version, sdk, title) could not be
/// read. It can be non-null while <paramref name="Diagnostics"/> holds errors (invalid entries are left
/// out), so that later reports can name the module: load it only when <see cref="IsValid"/>.
/// </param>
/// <param name="Diagnostics">Every problem found, in file order where possible.</param>
public sealed record ManifestReadResult(ModuleManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>True when the manifest was read and has no errors (warnings allowed).</summary>
    public bool IsValid => Manifest is not null && !HasErrors;
}
