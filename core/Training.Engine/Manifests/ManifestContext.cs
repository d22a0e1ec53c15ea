using Training.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>The state shared while one manifest is validated: where it is and what was found.</summary>
internal sealed class ManifestContext(string file, string? moduleDirectory)
{
    public string File { get; } = file;

    /// <summary>The module folder's full path, or null when files cannot be checked.</summary>
    public string? ModuleDirectory { get; } = moduleDirectory;

    public DiagnosticBag Diagnostics { get; } = new();

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(File, Clamp(mark.Line), Clamp(mark.Column));

    public void Error(string code, string message, YamlNode node, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Error(code, message, At(node), hint));

    public void Error(string code, string message, Mark mark, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Error(code, message, At(mark), hint));

    public void Warning(string code, string message, YamlNode node, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Warning(code, message, At(node), hint));

    private static int Clamp(long value) => (int)Math.Clamp(value, 1, int.MaxValue);
}
