using System.CommandLine;
using Training.Cli.Hosting;
using Training.Engine.Lessons;

namespace Training.Cli.Commands;

/// <summary><c>training lesson show MODULE/LESSON</c>.</summary>
internal static class LessonCommands
{
    public static Command Create(GlobalOptions options)
    {
        var lesson = new Command("lesson", "Lessons.");
        var reference = new Argument<string>("MODULE/LESSON") { Description = "The lesson, e.g. mopa.blogs/write-for-the-web." };
        var format = new Option<string>("--format") { Description = "text (default) or html (sanitized).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html");
        var show = new Command("show", "Render a lesson in the chosen language (--lang), as text or sanitized HTML.");
        show.Arguments.Add(reference);
        show.Options.Add(format);
        lesson.Subcommands.Add(show.WithAction(options, (context, parse) =>
        {
            var (moduleId, lessonId) = ContentReference.Parse(parse.GetValue(reference)!, "lesson");
            var found = LookUp.Lesson(context, moduleId, lessonId);
            var html = parse.GetValue(format) == "html";
            var rendered = html ? LessonRenderer.ToHtml(found.Lesson, context.Language) : LessonRenderer.ToText(found.Lesson, context.Language);
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    module = moduleId,
                    lesson = lessonId,
                    language = found.Lesson.Body.Has(context.Language) ? context.Language : "fr",
                    title = found.Lesson.Title.Get(context.Language),
                    format = html ? "html" : "text",
                    content = rendered,
                });
            }
            else
            {
                context.Out.WriteLine(rendered.TrimEnd('\n'));
            }

            return ExitCodes.Ok;
        }));
        lesson.Subcommands.Add(Complete(options));
        return lesson;
    }

    private static Command Complete(GlobalOptions options)
    {
        var trainee = new Argument<string>("TRAINEE") { Description = "The trainee's id." };
        var reference = new Argument<string>("MODULE/LESSON") { Description = "The lesson, e.g. mopa.blogs/write-for-web." };
        var command = new Command("complete", "Record that a trainee completed a lesson.");
        command.Arguments.Add(trainee);
        command.Arguments.Add(reference);
        return command.WithAction(options, (context, parse) =>
        {
            var (moduleId, lessonId) = ContentReference.Parse(parse.GetValue(reference)!, "lesson");
            var outcome = RecordsErrors.Guard(() => context.Records.CompleteLesson(parse.GetValue(trainee)!, moduleId, lessonId));
            if (context.Json)
            {
                context.Out.WriteJson(outcome);
            }
            else
            {
                context.Out.WriteLine(outcome.Recorded
                    ? $"Lesson {moduleId}/{lessonId} completed."
                    : $"Lesson {moduleId}/{lessonId} was already completed.");
                OutcomeText.Write(context, outcome);
            }

            return ExitCodes.Ok;
        });
    }
}
