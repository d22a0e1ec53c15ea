using Training.Engine.Diagnostics;
using Training.Engine.Versioning;
using Training.Sdk.Content;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Validates the root mapping of a manifest and builds the model from it.</summary>
internal static class ManifestParser
{
    private const string Example = "'id: bretagne.e-reputation'";

    public static ModuleManifest? Parse(ManifestContext context, YamlMappingNode root)
    {
        var fields = YamlFields.Read(context, root, "the manifest", ManifestFields.Root, [ManifestFields.Id, ManifestFields.Version, ManifestFields.Sdk, ManifestFields.Title], Example);
        if (fields is null)
        {
            return null;
        }

        var id = fields[ManifestFields.Id] is { } idNode ? EntryIdReader.Module(context, idNode, "module id") : null;
        var version = fields[ManifestFields.Version] is { } versionNode ? ReadVersion(context, versionNode) : null;
        var sdk = fields[ManifestFields.Sdk] is { } sdkNode ? VersionRangeReader.Read(context, sdkNode, ManifestFields.Sdk) : null;
        var title = fields[ManifestFields.Title] is { } titleNode ? LocalizedTextReader.Read(context, titleNode, ManifestFields.Title) : null;
        var description = fields.TryGet(ManifestFields.Description, out var descriptionNode)
            ? LocalizedTextReader.Read(context, descriptionNode, ManifestFields.Description) ?? LocalizedText.Empty
            : LocalizedText.Empty;
        var authors = ReadAuthors(context, fields);
        var assembly = fields.TryGet(ManifestFields.Assembly, out var assemblyNode)
            ? FileReferences.Read(context, assemblyNode, ManifestFields.Assembly, DiagnosticCodes.AssemblyMissing, "assembly")
            : null;
        var requires = DependencyChecks.Requirements(context, ReadList(context, fields, ManifestFields.Requires, "'requires: [{ id: mopa.social-networks, version: \">=1.0.0\" }]'", RequirementReader.Read), id);
        var prerequisites = DependencyChecks.Prerequisites(context, fields, requires, id);
        var lessons = ReadList(context, fields, ManifestFields.Lessons, "'lessons: [{ id: intro, file: lessons/intro.md }]'", LessonEntryReader.Read);
        var quizzes = ReadList(context, fields, ManifestFields.Quizzes, "'quizzes: [{ id: final, file: quizzes/final.gift }]'", QuizEntryReader.Read);
        var tracks = ReadList(context, fields, ManifestFields.Tracks, "'tracks: [{ id: bretagne.ant, title: ..., modules: [...] }]'", TrackEntryReader.Read);
        DependencyChecks.UniqueIds(context, lessons, lesson => lesson.Id, "lesson");
        DependencyChecks.UniqueIds(context, quizzes, quiz => quiz.Id, "quiz");
        DependencyChecks.UniqueIds(context, tracks, track => track.Id, "track");
        var completion = ReadCompletion(context, fields);
        var breaking = fields.TryGet(ManifestFields.Breaking, out var breakingNode) && YamlValues.Boolean(context, breakingNode, ManifestFields.Breaking) == true;
        var changes = fields.TryGet(ManifestFields.Changes, out var changesNode) ? YamlValues.Text(context, changesNode, ManifestFields.Changes) : null;

        if (!fields.TryGet(ManifestFields.Lessons, out _) && !fields.TryGet(ManifestFields.Quizzes, out _)
            && !fields.TryGet(ManifestFields.Tracks, out _) && !fields.TryGet(ManifestFields.Assembly, out _))
        {
            context.Warning(DiagnosticCodes.EmptyModule, "The module has no lessons, quizzes or tracks, and no assembly.", fields[ManifestFields.Id] ?? root, "Add 'lessons:', 'quizzes:' or 'tracks:' entries, or an 'assembly:' for a code plugin.");
        }

        if (id is null || version is null || sdk is null || title is null)
        {
            return null;
        }

        return new ModuleManifest
        {
            Id = id,
            Version = version,
            Sdk = sdk,
            Title = title,
            Description = description,
            Authors = authors,
            Assembly = assembly,
            Requires = requires,
            Prerequisites = prerequisites,
            Lessons = [.. lessons.Select(entry => entry.Item).OfType<ManifestLesson>()],
            Quizzes = [.. quizzes.Select(entry => entry.Item).OfType<ManifestQuiz>()],
            Tracks = [.. tracks.Select(entry => entry.Item).OfType<ManifestTrack>()],
            Completion = completion,
            Breaking = breaking,
            Changes = changes,
            ManifestPath = context.File,
            ModuleDirectory = context.ModuleDirectory,
            FieldLocations = FieldLocations(context, root),
        };
    }

    private static SemanticVersion? ReadVersion(ManifestContext context, YamlNode node)
    {
        var text = YamlValues.Text(context, node, ManifestFields.Version);
        if (text is null)
        {
            return null;
        }

        if (SemanticVersion.TryParse(text, out var version))
        {
            return version;
        }

        var hint = text.Count(c => c == '.') < 2 && !text.Contains('-', StringComparison.Ordinal)
            ? $"Use three numbers, e.g. '{text.TrimStart('v', 'V')}{(text.Contains('.', StringComparison.Ordinal) ? ".0" : ".0.0")}'."
            : "Use a SemVer 2.0 version: MAJOR.MINOR.PATCH without leading zeros or 'v', e.g. '1.2.0' or '2.0.0-beta.1'.";
        context.Error(DiagnosticCodes.InvalidVersion, $"'{text}' is not a valid SemVer version.", node, hint);
        return null;
    }

    private static List<string> ReadAuthors(ManifestContext context, YamlFields fields)
    {
        if (!fields.TryGet(ManifestFields.Authors, out var node))
        {
            return [];
        }

        var items = YamlValues.List(context, node, ManifestFields.Authors, "'authors: [Région Bretagne]'") ?? [];
        return [.. items.Select(item => YamlValues.Text(context, item, "author")).OfType<string>()];
    }

    /// <summary>Reads a list field; each entry keeps its node so duplicates can be reported where they are.</summary>
    private static List<ListEntry<T>> ReadList<T>(ManifestContext context, YamlFields fields, string field, string example, Func<ManifestContext, YamlNode, T?> read)
        where T : class
    {
        if (!fields.TryGet(field, out var node))
        {
            return [];
        }

        var items = YamlValues.List(context, node, field, example) ?? [];
        return [.. items.Select(item => new ListEntry<T>(item, read(context, item)))];
    }

    private static CompletionRule ReadCompletion(ManifestContext context, YamlFields fields)
    {
        if (!fields.TryGet(ManifestFields.Completion, out var node))
        {
            return CompletionRule.All;
        }

        var text = node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
        switch (text)
        {
            case "all": return CompletionRule.All;
            case "quizzes": return CompletionRule.Quizzes;
        }

        var suggestion = text is null ? null : NameSuggester.Suggest(text, ["all", "quizzes"]);
        var hint = (suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ")
            + "Use 'all' (every lesson completed and every quiz passed) or 'quizzes' (every quiz passed).";
        context.Error(DiagnosticCodes.InvalidCompletion, $"'completion' must be all or quizzes, but is {YamlValues.Shown(node)}.", node, hint);
        return CompletionRule.All;
    }

    private static Dictionary<string, SourceLocation> FieldLocations(ManifestContext context, YamlMappingNode root)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && ManifestFields.Root.Contains(name, StringComparer.Ordinal))
            {
                locations[name] = context.At(value);
            }
        }

        return locations;
    }
}
