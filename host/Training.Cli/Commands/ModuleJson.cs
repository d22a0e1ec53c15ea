using System.Xml;
using Training.Cli.Output;
using Training.Engine.Diagnostics;
using Training.Engine.Modules;
using Training.Sdk.Content;

namespace Training.Cli.Commands;

/// <summary>The JSON shapes of modules and tracks (a public contract, see docs/cli.md).</summary>
internal static class ModuleJson
{
    public static string Kind(LoadedModule module) => module.Kind == ModuleKind.Code ? "code" : "content";

    public static string Status(LoadedModule module) => module.Status == ModuleStatus.Loaded ? "loaded" : "failed";

    public static object Summary(LoadedModule module, string language) => new
    {
        id = module.Id,
        version = module.Version,
        kind = Kind(module),
        title = module.Title.Get(language),
        lessons = module.Lessons.Count,
        quizzes = module.Quizzes.Count,
        status = Status(module),
        diagnostics = module.Diagnostics.Select(CliOutput.ToJson),
    };

    public static object Details(LoadedModule module, string language) => new
    {
        id = module.Id,
        version = module.Version,
        kind = Kind(module),
        status = Status(module),
        title = Localized(module.Title),
        description = Localized(module.Description),
        authors = module.Authors,
        sdk = module.SdkRange,
        assembly = module.Assembly,
        directory = module.Directory,
        requires = module.Requires.Select(r => new { id = r.Id, version = r.VersionRange }),
        prerequisites = module.Prerequisites,
        lessons = module.Lessons.Select(l => new { id = l.Id, title = l.Title.Get(language) }),
        quizzes = module.Quizzes.Select(q => new { id = q.Id, title = q.Title.Get(language), questions = q.Questions.Count, settings = Settings(q.Settings) }),
        tracks = module.Tracks.Select(t => Track(t, language)),
        questionTypes = module.QuestionTypes,
        diagnostics = module.Diagnostics.Select(CliOutput.ToJson),
    };

    public static object Settings(QuizSettings settings) => new
    {
        passMark = settings.PassMark,
        attempts = settings.Attempts,
        grading = settings.Grading.ToString().ToLowerInvariant(),
        shuffle = settings.Shuffle,
        timeLimit = settings.TimeLimit is { } limit ? XmlConvert.ToString(limit) : null,
        points = settings.DefaultPoints,
        questionPoints = settings.QuestionPoints,
    };

    public static object Track(Track track, string language) => new
    {
        id = track.Id,
        title = track.Title.Get(language),
        modules = track.Modules,
        validity = track.Validity,
    };

    public static IReadOnlyDictionary<string, string> Localized(LocalizedText text) => text.Values;

    public static string Display(Diagnostic diagnostic, bool verbose)
    {
        var line = diagnostic.ToString();
        return verbose && diagnostic.Detail is { } detail ? line + Environment.NewLine + detail : line;
    }
}
