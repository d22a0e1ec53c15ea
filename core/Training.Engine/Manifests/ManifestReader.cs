using Training.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>
/// Reads and validates a <c>module.yaml</c>. Never throws for any file content: every problem,
/// malformed YAML included, becomes a diagnostic with the file, line and column.
/// </summary>
public static class ManifestReader
{
    /// <summary>The manifest's file name at the root of a module folder.</summary>
    public const string FileName = "module.yaml";

    /// <summary>
    /// Reads a manifest from disk and checks the files it names (lessons, quizzes, assembly) against
    /// the folder that holds it. The SDK range is not checked here: see <see cref="SdkCompatibility"/>.
    /// </summary>
    /// <param name="manifestPath">The path of <c>module.yaml</c>; diagnostics print it as given.</param>
    /// <returns>The manifest, when usable, and the diagnostics.</returns>
    public static ManifestReadResult Read(string manifestPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestPath);
        var diagnostics = new DiagnosticBag();
        var text = ManifestFile.ReadText(manifestPath, diagnostics);
        if (text is null)
        {
            return new ManifestReadResult(null, diagnostics.Items);
        }

        var moduleDirectory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        return Parse(text, manifestPath, moduleDirectory);
    }

    /// <summary>
    /// Validates manifest text, e.g. from a package before it is extracted.
    /// </summary>
    /// <param name="yaml">The text of <c>module.yaml</c>.</param>
    /// <param name="displayPath">The path diagnostics print.</param>
    /// <param name="moduleDirectory">
    /// The module folder, to check that named files exist; <see langword="null"/> to check only their syntax.
    /// </param>
    /// <returns>The manifest, when usable, and the diagnostics.</returns>
    public static ManifestReadResult Parse(string yaml, string displayPath, string? moduleDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(displayPath);
        var context = new ManifestContext(displayPath, moduleDirectory is null ? null : Path.GetFullPath(moduleDirectory));
        if (yaml.Length > ManifestFile.MaxBytes)
        {
            context.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestUnreadable, $"The manifest is larger than {ManifestFile.MaxBytes / 1024} KiB.", new SourceLocation(displayPath), "A manifest lists files; put content in lesson and quiz files, not in module.yaml."));
            return new ManifestReadResult(null, context.Diagnostics.Items);
        }

        var root = Load(yaml, context);
        var manifest = root is null ? null : ManifestParser.Parse(context, root);
        return new ManifestReadResult(manifest, context.Diagnostics.Items);
    }

    private static YamlMappingNode? Load(string yaml, ManifestContext context)
    {
        if (!YamlStructureScanner.Scan(yaml, context))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 1 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException exception)
        {
            // The scan parsed the same text, so this is not expected; it is reported, not thrown, all the same.
            context.Error(DiagnosticCodes.YamlSyntax, $"The manifest is not valid YAML: {YamlErrors.Describe(exception)}", exception.Start);
            return null;
        }
        catch (Exception exception) when (YamlErrors.IsLibraryFailure(exception))
        {
            context.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, "The manifest is not valid YAML.", new SourceLocation(context.File, 1, 1)));
            return null;
        }
    }
}
