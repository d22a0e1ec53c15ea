using Training.Cli.Hosting;
using Training.Engine.Modules;
using Training.Sdk.Content;

namespace Training.Cli.Commands;

/// <summary>Finds catalog items or fails with an error that says what exists.</summary>
internal static class LookUp
{
    public static LoadedModule Module(CliContext context, string moduleId)
    {
        var module = context.Catalog.FindLoaded(moduleId);
        if (module is not null)
        {
            return module;
        }

        var failed = context.Catalog.Modules.FirstOrDefault(m => m.Id == moduleId);
        throw new CliException(failed is not null
            ? $"Module '{moduleId}' failed to load; 'training modules show {moduleId}' lists its errors."
            : $"Unknown module '{moduleId}'. 'training modules list' shows the installed modules.");
    }

    public static (LoadedModule Module, Lesson Lesson) Lesson(CliContext context, string moduleId, string lessonId)
    {
        var module = Module(context, moduleId);
        var lesson = module.FindLesson(lessonId)
            ?? throw new CliException($"Module '{moduleId}' has no lesson '{lessonId}'. Its lessons: {string.Join(", ", module.Lessons.Select(l => l.Id))}.");
        return (module, lesson);
    }

    public static (LoadedModule Module, Quiz Quiz) Quiz(CliContext context, string moduleId, string quizId)
    {
        var module = Module(context, moduleId);
        var quiz = module.FindQuiz(quizId)
            ?? throw new CliException($"Module '{moduleId}' has no quiz '{quizId}'. Its quizzes: {string.Join(", ", module.Quizzes.Select(q => q.Id))}.");
        return (module, quiz);
    }
}
