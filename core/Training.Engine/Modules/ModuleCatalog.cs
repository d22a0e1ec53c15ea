using Training.Engine.Modules.Loading;
using Training.Engine.Quizzes;
using Training.Sdk.Content;

namespace Training.Engine.Modules;

/// <summary>
/// Every discovered module, loaded or failed, with the content and question types of those that
/// loaded. Disposing it unloads the code plugins.
/// </summary>
public sealed class ModuleCatalog : IDisposable
{
    private readonly IReadOnlyList<ActivatedPlugin> _plugins;
    private readonly Dictionary<string, LoadedModule> _byId;

    internal ModuleCatalog(
        IReadOnlyList<LoadedModule> modules,
        IReadOnlyList<CatalogTrack> tracks,
        QuestionTypeRegistry questionTypes,
        IReadOnlyList<ActivatedPlugin> plugins)
    {
        Modules = modules;
        Tracks = tracks;
        QuestionTypes = questionTypes;
        _plugins = plugins;
        _byId = modules.Where(m => m.Status == ModuleStatus.Loaded).ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>Every discovered module, sorted by id; failed ones carry their diagnostics.</summary>
    public IReadOnlyList<LoadedModule> Modules { get; }

    /// <summary>The tracks defined by loaded modules, sorted by id.</summary>
    public IReadOnlyList<CatalogTrack> Tracks { get; }

    /// <summary>Built-in and plugin question types.</summary>
    public QuestionTypeRegistry QuestionTypes { get; }

    /// <summary>Finds a loaded module.</summary>
    /// <param name="moduleId">The module id.</param>
    /// <returns>The module, or null when it is unknown or failed.</returns>
    public LoadedModule? FindLoaded(string moduleId) => _byId.GetValueOrDefault(moduleId);

    /// <summary>Finds a track by id.</summary>
    /// <param name="trackId">The track id.</param>
    /// <returns>The track, or null.</returns>
    public CatalogTrack? FindTrack(string trackId) => Tracks.FirstOrDefault(t => t.Track.Id == trackId);

    /// <summary>Finds a lesson from a <c>MODULE/LESSON</c> reference.</summary>
    /// <param name="moduleId">The module id.</param>
    /// <param name="lessonId">The lesson id.</param>
    /// <returns>The module and lesson, or null.</returns>
    public (LoadedModule Module, Lesson Lesson)? FindLesson(string moduleId, string lessonId) =>
        FindLoaded(moduleId) is { } module && module.FindLesson(lessonId) is { } lesson ? (module, lesson) : null;

    /// <summary>Finds a quiz from a <c>MODULE/QUIZ</c> reference.</summary>
    /// <param name="moduleId">The module id.</param>
    /// <param name="quizId">The quiz id.</param>
    /// <returns>The module and quiz, or null.</returns>
    public (LoadedModule Module, Quiz Quiz)? FindQuiz(string moduleId, string quizId) =>
        FindLoaded(moduleId) is { } module && module.FindQuiz(quizId) is { } quiz ? (module, quiz) : null;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var plugin in _plugins)
        {
            plugin.Dispose();
        }
    }
}
