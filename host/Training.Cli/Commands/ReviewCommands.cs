using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary><c>training review list|grade</c>: the essay review queue.</summary>
internal static class ReviewCommands
{
    public static Command Create(GlobalOptions options)
    {
        var review = new Command("review", "Essay answers waiting for a grade: list and grade them.");
        review.Subcommands.Add(List(options));
        review.Subcommands.Add(Grade(options));
        return review;
    }

    private static Command List(GlobalOptions options) =>
        new Command("list", "Essay answers waiting for a grade, oldest first.").WithAction(options, (context, _) =>
        {
            var queue = context.Records.ListPendingEssays();
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    essays = queue.Select(e => new
                    {
                        attempt = e.AttemptId,
                        trainee = e.TraineeId,
                        module = e.ModuleId,
                        quiz = e.QuizId,
                        version = e.ModuleVersion,
                        question = e.QuestionId,
                        maxScore = e.MaxScore,
                        text = e.Text,
                        submittedAt = e.SubmittedAt,
                    }),
                });
                return ExitCodes.Ok;
            }

            if (queue.Count == 0)
            {
                context.Out.WriteLine("No essay is waiting for a grade.");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("Attempt").RightAligned()).AddColumn("Trainee").AddColumn("Quiz").AddColumn("Question")
                .AddColumn(new TableColumn("Points").RightAligned()).AddColumn("Submitted").AddColumn("Essay");
            foreach (var essay in queue)
            {
                table.AddRow(
                    essay.AttemptId.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(essay.TraineeId),
                    Markup.Escape($"{essay.ModuleId}/{essay.QuizId}"),
                    Markup.Escape(essay.QuestionId),
                    essay.MaxScore.ToString("0.##", CultureInfo.InvariantCulture),
                    essay.SubmittedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(essay.Text));
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        });

    private static Command Grade(GlobalOptions options)
    {
        var attempt = new Argument<long>("ATTEMPT") { Description = "The attempt id, as listed by 'review list'." };
        var question = new Argument<string>("QUESTION") { Description = "The essay question's id." };
        var score = new Argument<string>("SCORE") { Description = "The points given, from 0 to the question's points (e.g. 1.5)." };
        var feedback = new Option<string?>("--feedback") { Description = "Feedback for the trainee.", HelpName = "TEXT" };
        var command = new Command("grade", "Grade an essay answer; the attempt, the trainee's progress and certificates follow.");
        command.Arguments.Add(attempt);
        command.Arguments.Add(question);
        command.Arguments.Add(score);
        command.Options.Add(feedback);
        return command.WithAction(options, (context, parse) =>
        {
            var text = parse.GetValue(score)!;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var points) || !double.IsFinite(points))
            {
                throw new CliException($"SCORE must be a number of points such as 2 or 1.5, not '{text}'.", ExitCodes.Usage);
            }

            var result = RecordsErrors.Guard(() => context.Records.GradeEssay(parse.GetValue(attempt), parse.GetValue(question)!, points, parse.GetValue(feedback)));
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    attempt = result.AttemptId,
                    question = result.QuestionId,
                    score = result.Score,
                    maxScore = result.MaxScore,
                    attemptScore = result.AttemptScore,
                    attemptMaxScore = result.AttemptMaxScore,
                    percent = result.Percent,
                    passed = result.Passed,
                    stillPending = result.StillPending,
                    quizPassed = result.QuizPassed,
                    outcome = result.Outcome,
                });
                return ExitCodes.Ok;
            }

            var inv = CultureInfo.InvariantCulture;
            context.Out.WriteLine(string.Create(inv, $"Graded '{result.QuestionId}' of attempt {result.AttemptId}: {result.Score:0.##}/{result.MaxScore:0.##}. The attempt now scores {result.Percent:0.##}% ")
                + (result.StillPending > 0 ? $"({result.StillPending} essay(s) still pending)." : result.Passed ? "and passes." : "and does not pass."));
            OutcomeText.Write(context, result.Outcome);

            return ExitCodes.Ok;
        });
    }
}
