using Training.Engine.Diagnostics;
using Training.Engine.Text;
using Training.Sdk.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Modules.Content;

/// <summary>
/// Reads a lesson from its Markdown file and its English variant (<c>name.en.md</c> beside
/// <c>name.md</c>). The optional front matter gives <c>title</c> and <c>duration</c>; without a
/// title the first <c># heading</c> is used.
/// </summary>
internal static class LessonFileReader
{
    private static readonly string[] s_knownKeys = ["title", "duration", "description"];

    public static Lesson? Read(string moduleDirectory, string lessonId, string relativeFile, SourceLocation declaredAt, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(moduleDirectory, relativeFile);
        var french = ReadVariant(path, relativeFile, declaredAt, diagnostics);
        if (french is null)
        {
            return null;
        }

        var englishRelative = EnglishVariantOf(relativeFile);
        var englishPath = Path.Combine(moduleDirectory, englishRelative);
        LessonVariant? english = null;
        if (File.Exists(englishPath))
        {
            english = ReadVariant(englishPath, englishRelative, declaredAt, diagnostics);
        }
        else
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.TranslationMissing,
                $"Lesson '{lessonId}' has no English variant; English readers will see the French text.",
                new SourceLocation(relativeFile),
                $"Add '{englishRelative}'."));
        }

        var titles = new Dictionary<string, string> { [LocalizedText.French] = french.Title ?? lessonId };
        var bodies = new Dictionary<string, string> { [LocalizedText.French] = french.Body };
        if (english is not null)
        {
            titles[LocalizedText.English] = english.Title ?? titles[LocalizedText.French];
            bodies[LocalizedText.English] = english.Body;
        }

        return new Lesson
        {
            Id = lessonId,
            Title = new LocalizedText(titles),
            Body = new LocalizedText(bodies),
            Duration = french.Duration ?? english?.Duration,
        };
    }

    public static string EnglishVariantOf(string relativeFile)
    {
        var extension = Path.GetExtension(relativeFile);
        return relativeFile[..^extension.Length] + ".en" + extension;
    }

    private static LessonVariant? ReadVariant(string path, string displayPath, SourceLocation declaredAt, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.LessonInvalid,
                $"Lesson file '{displayPath}' cannot be read: {ex.Message}",
                declaredAt,
                "Check that the file exists and is readable, or correct 'file' in module.yaml."));
            return null;
        }

        var split = FrontMatter.Split(text, out var unterminated);
        if (unterminated)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.LessonInvalid,
                "The front matter starts with '---' but is never closed.",
                new SourceLocation(displayPath, 1, 1),
                "Close the front matter with a line holding only '---'."));
            return null;
        }

        string? title = null;
        TimeSpan? duration = null;
        if (split.Yaml is not null && !ReadFrontMatter(split, displayPath, diagnostics, out title, out duration))
        {
            return null;
        }

        var body = split.Body.Trim('\n');
        title ??= FirstHeading(body);
        if (string.IsNullOrWhiteSpace(body))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.LessonInvalid,
                "The lesson has no text.",
                new SourceLocation(displayPath, 1, 1),
                "Write the lesson's Markdown below the front matter."));
            return null;
        }

        return new LessonVariant(title, body, duration);
    }

    private static bool ReadFrontMatter(FrontMatter split, string displayPath, DiagnosticBag diagnostics, out string? title, out TimeSpan? duration)
    {
        title = null;
        duration = null;
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(split.Yaml!));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.LessonInvalid,
                $"The front matter is not valid YAML: {ex.Message}",
                new SourceLocation(displayPath, (int)ex.Start.Line + split.YamlFirstLine - 1, (int)ex.Start.Column),
                "Write 'key: value' lines, e.g. 'title: Créer sa page'."));
            return false;
        }

        if (yaml.Documents.Count == 0)
        {
            return true;
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.LessonInvalid,
                "The front matter must be a set of 'key: value' lines.",
                new SourceLocation(displayPath, split.YamlFirstLine, 1),
                "Write e.g. 'title: Créer sa page' and 'duration: 15m'."));
            return false;
        }

        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var where = new SourceLocation(displayPath, (int)keyNode.Start.Line + split.YamlFirstLine - 1, (int)keyNode.Start.Column);
            var value = (valueNode as YamlScalarNode)?.Value;
            switch (key)
            {
                case "title" when !string.IsNullOrWhiteSpace(value):
                    title = value.Trim();
                    break;
                case "duration" when DurationText.TryParse(value, out var parsed) && parsed > TimeSpan.Zero:
                    duration = parsed;
                    break;
                case "description":
                    break;
                case "title" or "duration":
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.LessonInvalid,
                        $"'{key}' has an invalid value.",
                        where,
                        key == "title" ? "Give the lesson's title as text." : "Write a duration such as '15m', '1h30m' or 'PT15M'."));
                    ok = false;
                    break;
                default:
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.LessonInvalid,
                        $"Unknown front matter field '{key}'.",
                        where,
                        $"Known fields: {string.Join(", ", s_knownKeys)}."));
                    ok = false;
                    break;
            }
        }

        return ok;
    }

    private static string? FirstHeading(string body)
    {
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                return line[2..].Trim();
            }
        }

        return null;
    }

    private sealed record LessonVariant(string? Title, string Body, TimeSpan? Duration);
}
