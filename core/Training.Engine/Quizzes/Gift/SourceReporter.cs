using Training.Engine.Diagnostics;

namespace Training.Engine.Quizzes.Gift;

/// <summary>Reports into a diagnostic list, with offsets of the normalized file mapped to lines and columns.</summary>
internal sealed class SourceReporter(GiftSource source, List<Diagnostic> diagnostics) : IGiftReporter
{
    /// <inheritdoc />
    public int ErrorCount { get; private set; }

    /// <inheritdoc />
    public void Error(string code, int offset, string message, string hint)
    {
        ErrorCount++;
        diagnostics.Add(Diagnostic.Error(code, message, source.Locate(offset), hint));
    }

    /// <inheritdoc />
    public void Warning(string code, int offset, string message, string hint) =>
        diagnostics.Add(Diagnostic.Warning(code, message, source.Locate(offset), hint));
}
