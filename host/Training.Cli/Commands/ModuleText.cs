using Spectre.Console;
using Training.Cli.Hosting;
using Training.Cli.Output;
using Training.Engine.Modules;

namespace Training.Cli.Commands;

/// <summary>Human-readable module details.</summary>
internal static class ModuleText
{
    public static void WriteDetails(CliContext context, LoadedModule module)
    {
        var lang = context.Language;
        var console = context.Out.Console;
        console.MarkupLine($"[bold]{Markup.Escape(module.Title.Get(lang))}[/] ({Markup.Escape(module.Id)} {Markup.Escape(module.Version)}, {ModuleJson.Kind(module)}, {ModuleJson.Status(module)})");
        if (!module.Description.IsEmpty)
        {
            context.Out.WriteLine(module.Description.Get(lang));
        }

        context.Out.WriteLine($"{Texts.Get(lang, "authors")}: {string.Join(", ", module.Authors)}");
        context.Out.WriteLine($"SDK: {module.SdkRange}");
        context.Out.WriteLine($"{Texts.Get(lang, "requires")}: {(module.Requires.Count == 0 ? Texts.Get(lang, "none") : string.Join(", ", module.Requires.Select(r => $"{r.Id} {r.VersionRange}")))}");
        context.Out.WriteLine($"{Texts.Get(lang, "prerequisites")}: {(module.Prerequisites.Count == 0 ? Texts.Get(lang, "none") : string.Join(", ", module.Prerequisites))}");

        if (module.Lessons.Count > 0)
        {
            var lessons = new Table().Border(TableBorder.Rounded).Title(Texts.Get(lang, "lessons"));
            lessons.AddColumn(Texts.Get(lang, "id")).AddColumn(Texts.Get(lang, "title"));
            foreach (var lesson in module.Lessons)
            {
                lessons.AddRow(Markup.Escape(lesson.Id), Markup.Escape(lesson.Title.Get(lang)));
            }

            console.Write(lessons);
        }

        if (module.Quizzes.Count > 0)
        {
            var quizzes = new Table().Border(TableBorder.Rounded).Title(Texts.Get(lang, "quizzes"));
            quizzes.AddColumn(Texts.Get(lang, "id")).AddColumn(Texts.Get(lang, "questions")).AddColumn(Texts.Get(lang, "settings"));
            foreach (var quiz in module.Quizzes)
            {
                var s = quiz.Settings;
                var rules = $"pass {s.PassMark:P0}, attempts {(s.Attempts == 0 ? "∞" : s.Attempts)}, {s.Grading.ToString().ToLowerInvariant()}"
                    + (s.Shuffle ? ", shuffle" : string.Empty)
                    + (s.TimeLimit is { } limit ? $", {limit.TotalMinutes:0} min" : string.Empty);
                quizzes.AddRow(Markup.Escape(quiz.Id), quiz.Questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(rules));
            }

            console.Write(quizzes);
        }

        foreach (var track in module.Tracks)
        {
            context.Out.WriteLine($"{Texts.Get(lang, "tracks")}: {track.Id} — {track.Title.Get(lang)} [{string.Join(", ", track.Modules)}] {track.Validity}");
        }

        foreach (var diagnostic in module.Diagnostics)
        {
            context.Out.WriteLine(ModuleJson.Display(diagnostic, context.Verbose));
        }
    }
}
