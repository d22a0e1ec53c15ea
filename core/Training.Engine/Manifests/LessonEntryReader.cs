using Training.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads one <c>lessons</c> entry.</summary>
internal static class LessonEntryReader
{
    private const string Example = "'- { id: why-reviews, file: lessons/why-reviews.md }'";

    public static ManifestLesson? Read(ManifestContext context, YamlNode node)
    {
        var fields = YamlFields.Read(context, node, "a lesson entry", ManifestFields.Lesson, ManifestFields.Lesson, Example);
        if (fields is null)
        {
            return null;
        }

        var id = fields[ManifestFields.Id] is { } idNode ? EntryIdReader.Entry(context, idNode, "lesson id") : null;
        var file = fields[ManifestFields.File] is { } fileNode
            ? FileReferences.Read(context, fileNode, ManifestFields.File, DiagnosticCodes.LessonFileMissing, "lesson file")
            : null;
        return id is null || file is null ? null : new ManifestLesson(id, file, context.At(node));
    }
}
