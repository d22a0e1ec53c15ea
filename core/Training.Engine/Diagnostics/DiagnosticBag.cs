namespace Training.Engine.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics collected so far.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Adds a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
