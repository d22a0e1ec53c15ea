using Training.Engine.Diagnostics;
using Training.Sdk.Content;

namespace Training.Engine.Modules;

/// <summary>A discovered module: what its manifest declares, whether it loaded, and why not.</summary>
public sealed class LoadedModule
{
    /// <summary>The module's id, or its folder name when the manifest could not be read.</summary>
    public required string Id { get; init; }

    /// <summary>The module's SemVer version, or an empty string when unknown.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>Content pack or code plugin.</summary>
    public ModuleKind Kind { get; init; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; init; } = LocalizedText.Empty;

    /// <summary>The description.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>The authors.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The SDK range the module declares.</summary>
    public string SdkRange { get; init; } = string.Empty;

    /// <summary>The plugin assembly file, for code plugins.</summary>
    public string? Assembly { get; init; }

    /// <summary>The module's folder.</summary>
    public required string Directory { get; init; }

    /// <summary>The path of its <c>module.yaml</c>.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>Loaded or failed.</summary>
    public ModuleStatus Status { get; internal set; } = ModuleStatus.Loaded;

    /// <summary>Every problem found, errors and warnings, in order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => DiagnosticList;

    /// <summary>The modules it requires.</summary>
    public IReadOnlyList<ModuleDependency> Requires { get; init; } = [];

    /// <summary>The modules a trainee must complete before this one.</summary>
    public IReadOnlyList<string> Prerequisites { get; init; } = [];

    /// <summary>The lessons, in manifest order, then those added in code.</summary>
    public IReadOnlyList<Lesson> Lessons { get; internal set; } = [];

    /// <summary>The quizzes, in manifest order, then those added in code.</summary>
    public IReadOnlyList<Quiz> Quizzes { get; internal set; } = [];

    /// <summary>The tracks this module defines.</summary>
    public IReadOnlyList<Track> Tracks { get; internal set; } = [];

    /// <summary>The ids of the question types this module contributes.</summary>
    public IReadOnlyList<string> QuestionTypes { get; internal set; } = [];

    internal List<Diagnostic> DiagnosticList { get; } = [];

    /// <summary>Finds a lesson by id.</summary>
    /// <param name="lessonId">The lesson's id.</param>
    /// <returns>The lesson, or null.</returns>
    public Lesson? FindLesson(string lessonId) => Lessons.FirstOrDefault(l => l.Id == lessonId);

    /// <summary>Finds a quiz by id.</summary>
    /// <param name="quizId">The quiz's id.</param>
    /// <returns>The quiz, or null.</returns>
    public Quiz? FindQuiz(string quizId) => Quizzes.FirstOrDefault(q => q.Id == quizId);

    internal void Fail(Diagnostic diagnostic)
    {
        // Content readers name files relative to the module; users need paths they can open.
        if (diagnostic.Location is { File: var file } location && !Path.IsPathRooted(file))
        {
            diagnostic = diagnostic with { Location = location with { File = Path.Combine(Directory, file) } };
        }

        DiagnosticList.Add(diagnostic);
        if (diagnostic.IsError)
        {
            Status = ModuleStatus.Failed;
        }
    }

    internal void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Fail(diagnostic);
        }
    }
}
