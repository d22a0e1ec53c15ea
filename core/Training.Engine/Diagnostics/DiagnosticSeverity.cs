namespace Training.Engine.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The module cannot load or the file cannot be used.</summary>
    Error,

    /// <summary>The module loads, but something will hurt later (an id that does not survive edits, say).</summary>
    Warning,
}
