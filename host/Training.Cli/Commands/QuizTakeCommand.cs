using System.CommandLine;
using System.Text.Json;
using Training.Cli.Hosting;
using Training.Cli.Interactive;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Records.Attempts;

namespace Training.Cli.Commands;

/// <summary>
/// <c>training quiz take TRAINEE MODULE/QUIZ [--answers FILE.json] [--seed N]</c>: records an
/// attempt, from a sheet or, in a terminal, by asking the questions one at a time.
/// </summary>
internal static class QuizTakeCommand
{
    public static Command Create(GlobalOptions options)
    {
        var trainee = new Argument<string>("TRAINEE") { Description = "The trainee's id." };
        var reference = new Argument<string>("MODULE/QUIZ") { Description = "The quiz, e.g. mopa.maps/final." };
        var answers = new Option<string?>("--answers") { Description = "The answer sheet (as for 'quiz grade'); without it, the quiz is asked in the terminal.", HelpName = "FILE.json" };
        var seed = new Option<long?>("--seed") { Description = "The seed that orders shuffled questions and choices (same seed, same order)." };
        var command = new Command("take", "Take a quiz and record the attempt.");
        command.Arguments.Add(trainee);
        command.Arguments.Add(reference);
        command.Options.Add(answers);
        command.Options.Add(seed);
        return command.WithAction(options, (context, parse) =>
        {
            var traineeId = parse.GetValue(trainee)!;
            var (moduleId, quizId) = ContentReference.Parse(parse.GetValue(reference)!, "quiz");
            AttemptResult result;
            if (parse.GetValue(answers) is { } file)
            {
                using var sheet = AnswerSheetFile.Read(file);
                result = RecordsErrors.Guard(() => context.Records.TakeQuiz(traineeId, moduleId, quizId, sheet.RootElement, parse.GetValue(seed), context.Language));
            }
            else if (Console.IsInputRedirected || context.Json)
            {
                throw new CliException("Give the answers with --answers FILE.json, or run the command in a terminal to answer the questions one by one.");
            }
            else
            {
                result = Interactively(context, traineeId, moduleId, quizId, parse.GetValue(seed));
            }

            Write(context, result);
            return ExitCodes.Ok;
        });
    }

    /// <summary>Asks the questions in the terminal, then records the attempt.</summary>
    public static AttemptResult Interactively(CliContext context, string traineeId, string moduleId, string quizId, long? seed)
    {
        var (_, quiz) = LookUp.Quiz(context, moduleId, quizId);
        var start = RecordsErrors.Guard(() => context.Records.StartAttempt(traineeId, moduleId, quizId, seed, context.Language));
        var sheet = new InteractiveQuiz(context.Out.Console, context.Language).Ask(start.Questions, quiz.Settings.TimeLimit);
        using var document = JsonDocument.Parse(sheet.ToJsonString());
        return RecordsErrors.Guard(() => context.Records.SubmitAttempt(start.AttemptId, document.RootElement));
    }

    public static void Write(CliContext context, AttemptResult result)
    {
        if (context.Json)
        {
            // The public shape: the same as 'quiz grade', plus the attempt's id, number and attempts left.
            context.Out.WriteJson(new
            {
                score = result.Score,
                maxScore = result.MaxScore,
                percent = result.Percent,
                passed = result.Passed,
                questions = result.Questions,
                attemptId = result.AttemptId,
                attempt = result.Number,
                attemptsLeft = result.AttemptsLeft,
            });
            return;
        }

        QuizCommands.WriteGrade(context, new QuizGradeResult(result.Score, result.MaxScore, result.Percent, result.Passed, result.Questions));
        var left = result.AttemptsLeft is { } n ? $", {n} attempt(s) left" : string.Empty;
        context.Out.WriteLine($"Attempt {result.Number} recorded (id {result.AttemptId}){left}.");
        OutcomeText.Write(context, result.Outcome);
    }
}
