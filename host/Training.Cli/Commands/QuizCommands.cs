using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Engine.Quizzes.Gift;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Quizzes.Inspection;
using Training.Sdk.Content;

namespace Training.Cli.Commands;

/// <summary><c>training quiz inspect</c> and <c>training quiz grade</c>.</summary>
internal static class QuizCommands
{
    public static Command Create(GlobalOptions options)
    {
        var quiz = new Command("quiz", "Quizzes: how questions are understood, and grading answer sheets.");
        quiz.Subcommands.Add(Inspect(options));
        quiz.Subcommands.Add(Grade(options));
        quiz.Subcommands.Add(QuizTakeCommand.Create(options));
        return quiz;
    }

    private static Command Inspect(GlobalOptions options)
    {
        var target = new Argument<string>("FILE.gift|MODULE/QUIZ") { Description = "A GIFT file, or a quiz of a loaded module." };
        var command = new Command("inspect", "Show how the platform understood each question; exit 1 when the file has errors.");
        command.Arguments.Add(target);
        return command.WithAction(options, (context, parse) =>
        {
            var given = parse.GetValue(target)!;
            var inspection = File.Exists(given) ? InspectFile(context, given) : InspectQuiz(context, given);
            if (context.Json)
            {
                context.Out.WriteJson(inspection);
            }
            else
            {
                WriteInspection(context, inspection);
            }

            return inspection.Diagnostics.Any(d => d.Severity == "error") ? ExitCodes.Invalid : ExitCodes.Ok;
        });
    }

    private static QuizInspection InspectFile(CliContext context, string path)
    {
        // Plugin question types of the loaded modules are known, so their questions inspect too.
        // A name.en.gift file is the English variant, as for the module loader, so plugin types
        // write their feedback in English.
        var language = Path.GetFileNameWithoutExtension(path).EndsWith(".en", StringComparison.OrdinalIgnoreCase)
            ? LocalizedText.English
            : LocalizedText.French;
        var result = GiftParser.Parse(File.ReadAllText(path), path, context.Catalog.QuestionTypes, language);
        return QuizInspector.Inspect(result, QuizSettings.Default);
    }

    private static QuizInspection InspectQuiz(CliContext context, string reference)
    {
        if (!reference.Contains('/', StringComparison.Ordinal) || reference.EndsWith(".gift", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"'{reference}' is neither an existing GIFT file nor a MODULE/QUIZ reference.");
        }

        var (moduleId, quizId) = ContentReference.Parse(reference, "quiz");
        var (module, quiz) = LookUp.Quiz(context, moduleId, quizId);
        var warnings = module.Diagnostics.Where(d => !d.IsError);
        return QuizInspector.Inspect(quiz.GetQuestions(context.Language), quiz.Settings, warnings);
    }

    private static void WriteInspection(CliContext context, QuizInspection inspection)
    {
        var console = context.Out.Console;
        var output = context.Out;
        foreach (var question in inspection.Questions)
        {
            console.MarkupLine($"[bold]{Markup.Escape(question.Id)}[/] ({Markup.Escape(question.Type)}, {question.Points.ToString(CultureInfo.InvariantCulture)} pt){(question.Title is null ? string.Empty : " " + Markup.Escape(question.Title))}");
            output.WriteLine("  " + question.Text);
            foreach (var choice in question.Choices)
            {
                output.WriteLine($"  {(choice.Fraction > 0 ? "+" : "-")} {choice.Text} [{choice.Fraction.ToString("0.#####", CultureInfo.InvariantCulture)}]{(choice.Feedback is null ? string.Empty : " # " + choice.Feedback)}");
            }

            foreach (var answer in question.Answers)
            {
                output.WriteLine("  = " + JsonSerializer.Serialize(answer, Output.CliOutput.JsonOptions).ReplaceLineEndings(" "));
            }

            foreach (var pair in question.Pairs)
            {
                output.WriteLine($"  {pair.Left} -> {pair.Right}");
            }

            if (question.GeneralFeedback is { } general)
            {
                output.WriteLine("  #### " + general);
            }
        }

        foreach (var diagnostic in inspection.Diagnostics)
        {
            var where = diagnostic.File is null ? string.Empty : $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}: ";
            output.WriteLine($"{where}{diagnostic.Severity} {diagnostic.Code}: {diagnostic.Message}");
        }
    }

    private static Command Grade(GlobalOptions options)
    {
        var reference = new Argument<string>("MODULE/QUIZ") { Description = "The quiz, e.g. mopa.maps/final." };
        var answers = new Option<string>("--answers") { Description = "The answer sheet: a JSON object { \"questionId\": value }.", Required = true, HelpName = "FILE.json" };
        var command = new Command("grade", "Grade an answer sheet without recording it.");
        command.Arguments.Add(reference);
        command.Options.Add(answers);
        return command.WithAction(options, (context, parse) =>
        {
            var (moduleId, quizId) = ContentReference.Parse(parse.GetValue(reference)!, "quiz");
            var (_, quiz) = LookUp.Quiz(context, moduleId, quizId);
            using var sheet = AnswerSheetFile.Read(parse.GetValue(answers)!);
            QuizGradeResult result;
            try
            {
                result = QuizGrader.Grade(quiz, context.Language, sheet.RootElement, context.Catalog.QuestionTypes);
            }
            catch (AnswerSheetException ex)
            {
                throw new CliException($"{parse.GetValue(answers)}: {ex.Message}");
            }

            if (context.Json)
            {
                context.Out.WriteJson(result);
            }
            else
            {
                WriteGrade(context, result);
            }

            return ExitCodes.Ok;
        });
    }

    internal static void WriteGrade(CliContext context, QuizGradeResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Question").AddColumn("Score").AddColumn("Result").AddColumn("Feedback");
        foreach (var question in result.Questions)
        {
            table.AddRow(
                Markup.Escape(question.Id),
                $"{question.Score.ToString("0.##", CultureInfo.InvariantCulture)}/{question.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)}",
                question.Result,
                Markup.Escape(question.Feedback ?? string.Empty));
        }

        context.Out.Console.Write(table);
        context.Out.WriteLine($"Score {result.Score.ToString("0.##", CultureInfo.InvariantCulture)}/{result.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)} ({result.Percent.ToString("0.##", CultureInfo.InvariantCulture)} %): {(result.Passed ? "passed" : "not passed")}");
    }
}
