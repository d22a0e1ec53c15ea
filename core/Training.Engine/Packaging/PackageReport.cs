using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>Collects the diagnostics about one package, each located at the package file as the user named it.</summary>
/// <param name="packagePath">The package path, as given.</param>
internal sealed class PackageReport(string packagePath)
{
    private readonly DiagnosticBag _bag = new();

    public string PackagePath => packagePath;

    public bool HasErrors => _bag.HasErrors;

    public IReadOnlyList<Diagnostic> Items => _bag.Items;

    public void Error(string code, string message, string hint) =>
        _bag.Add(Diagnostic.Error(code, message, new SourceLocation(packagePath), hint));
}
