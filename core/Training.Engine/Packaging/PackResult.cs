using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>The outcome of packing a module folder.</summary>
/// <param name="Succeeded">True when the package was written.</param>
/// <param name="PackagePath">The full path of the package written, or null on failure.</param>
/// <param name="Id">The module id, when the validator could read it.</param>
/// <param name="Version">The module version, when the validator could read it.</param>
/// <param name="FileCount">The number of module files packed (the hash list not counted).</param>
/// <param name="Diagnostics">The validator's diagnostics and any refusal.</param>
public sealed record PackResult(bool Succeeded, string? PackagePath, string? Id, string? Version, int FileCount, IReadOnlyList<Diagnostic> Diagnostics);
