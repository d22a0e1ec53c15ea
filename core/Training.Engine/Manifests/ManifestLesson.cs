using Training.Engine.Diagnostics;

namespace Training.Engine.Manifests;

/// <summary>A <c>lessons</c> entry of <c>module.yaml</c>.</summary>
/// <param name="Id">The lesson id, unique among the module's lessons.</param>
/// <param name="File">The Markdown file, relative to the module folder, with forward slashes.</param>
/// <param name="Location">Where the entry starts in <c>module.yaml</c>.</param>
public sealed record ManifestLesson(string Id, string File, SourceLocation Location);
