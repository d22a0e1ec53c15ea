using System.Globalization;

namespace Training.Engine.Diagnostics;

/// <summary>
/// One problem found in a module, a manifest, a GIFT file or a package: what, where and how to fix it.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code, <c>TRN</c> and three digits (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Location">Where, when a file is involved.</param>
/// <param name="Hint">How to fix it, when there is something to say.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation? Location = null,
    string? Hint = null)
{
    /// <summary>Technical detail (an exception's stack trace, say) that hosts print only when asked to be verbose.</summary>
    public string? Detail { get; init; }

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="location">Where, if known.</param>
    /// <param name="hint">How to fix it, if known.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(string code, string message, SourceLocation? location = null, string? hint = null) =>
        new(DiagnosticSeverity.Error, code, message, location, hint);

    /// <summary>Creates a warning.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="location">Where, if known.</param>
    /// <param name="hint">How to fix it, if known.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(string code, string message, SourceLocation? location = null, string? hint = null) =>
        new(DiagnosticSeverity.Warning, code, message, location, hint);

    /// <summary>The message followed by the hint, as printed.</summary>
    public string FullMessage => Hint is null ? Message : $"{Message} {Hint}";

    /// <summary>Formats the diagnostic as <c>file:line:col: error TRN0xx: message hint</c>.</summary>
    /// <returns>The compiler-style line.</returns>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var where = Location is null ? string.Empty : Location + ": ";
        return string.Create(CultureInfo.InvariantCulture, $"{where}{severity} {Code}: {FullMessage}");
    }
}
