using System.Collections.Concurrent;
using Training.Engine.Lessons;
using Training.Engine.Modules;
using Training.Sdk.Content;
using Training.Web.Hosting;

namespace Training.Web.Learning;

/// <summary>
/// Lessons as pages: their sanitized HTML, rendered once per lesson and language (the catalog does
/// not change while the host runs), and each module's reading order for previous/next links.
/// </summary>
internal sealed class LessonPages(TrainingPlatform platform)
{
    private readonly ConcurrentDictionary<(string Module, string Lesson, string Language), string> _html = new();

    public ModuleCatalog Catalog => platform.Catalog;

    public string Html(LoadedModule module, Lesson lesson, string language) =>
        _html.GetOrAdd((module.Id, lesson.Id, language), _ => LessonRenderer.ToHtml(lesson, language));

    /// <summary>A module's steps in order: its lessons, then its quizzes.</summary>
    public static IReadOnlyList<ModuleStep> Steps(LoadedModule module) =>
        [.. module.Lessons.Select(l => new ModuleStep(ModuleStepKind.Lesson, l.Id, l.Title)),
         .. module.Quizzes.Select(q => new ModuleStep(ModuleStepKind.Quiz, q.Id, q.Title))];
}
