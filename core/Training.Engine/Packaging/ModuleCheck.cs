using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>What the host's validator found in a module folder.</summary>
/// <param name="Id">The module id, or null when the manifest could not be read that far.</param>
/// <param name="Version">The SemVer 2.0 version text, or null when unreadable.</param>
/// <param name="SdkRange">The <c>sdk</c> range text, or null when missing.</param>
/// <param name="Diagnostics">Everything the validator reported; any error makes packaging refuse the module.</param>
public sealed record ModuleCheck(string? Id, string? Version, string? SdkRange, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the validator reported at least one error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
