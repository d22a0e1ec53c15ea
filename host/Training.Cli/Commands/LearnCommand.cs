using System.CommandLine;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Engine.Lessons;
using Training.Engine.Records.Progress;

namespace Training.Cli.Commands;

/// <summary><c>training learn TRAINEE</c>: the next lesson or quiz of the trainee's tracks, one after another.</summary>
internal static class LearnCommand
{
    public static Command Create(GlobalOptions options)
    {
        var trainee = new Argument<string>("TRAINEE") { Description = "The trainee's id." };
        var name = new Option<string?>("--name") { Description = "Add the trainee with this name first, if they do not exist yet." };
        var email = new Option<string?>("--email") { Description = "With --name: the new trainee's e-mail." };
        var track = new Option<string?>("--track") { Description = "Enroll the trainee in this track first, if they are not enrolled yet." };
        var command = new Command("learn", "Take a trainee through the next lessons and quizzes of their tracks, interactively.");
        command.Arguments.Add(trainee);
        command.Options.Add(name);
        command.Options.Add(email);
        command.Options.Add(track);
        return command.WithAction(options, (context, parse) =>
        {
            if (Console.IsInputRedirected || context.Json)
            {
                throw new CliException("'training learn' is interactive: run it in a terminal. Scripts use 'lesson complete' and 'quiz take --answers'.");
            }

            var traineeId = parse.GetValue(trainee)!;
            Prepare(context, traineeId, parse.GetValue(name), parse.GetValue(email), parse.GetValue(track));
            Run(context, traineeId);
            return ExitCodes.Ok;
        });
    }

    // Lets one command take a new user from nothing to their first lesson (the README's first command).
    private static void Prepare(CliContext context, string traineeId, string? name, string? email, string? track)
    {
        var records = context.Records;
        var exists = records.ListTrainees().Any(t => string.Equals(t.Id, traineeId, StringComparison.OrdinalIgnoreCase));
        if (!exists && name is not null)
        {
            RecordsErrors.Guard(() => records.AddTrainee(traineeId, name, email));
        }

        if (track is not null && !RecordsErrors.Guard(() => records.ListEnrolments(traineeId)).Any(e => e.TrackId == track))
        {
            RecordsErrors.Guard(() => records.Enroll(traineeId, track));
        }
    }

    public static void Run(CliContext context, string traineeId)
    {
        var console = context.Out.Console;
        var english = context.Language == "en";
        RecordsErrors.Guard(() => context.Records.GetTrainee(traineeId));
        while (RecordsErrors.Guard(() => context.Records.NextStep(traineeId)) is { } step)
        {
            if (step.Kind == NextStepKind.AwaitingReview)
            {
                context.Out.WriteLine(english
                    ? $"Your answers to quiz {step.ModuleId}/{step.ItemId} include an essay waiting for a coordinator's grade. Come back once it is graded."
                    : $"Vos réponses au quiz {step.ModuleId}/{step.ItemId} comportent une rédaction en attente de correction par un coordinateur. Revenez une fois la note donnée.");
                return;
            }

            console.Write(new Rule($"{Markup.Escape(step.TrackId)} · {Markup.Escape(step.ModuleId)}").LeftJustified());
            if (step.Kind == NextStepKind.Lesson)
            {
                var (_, lesson) = LookUp.Lesson(context, step.ModuleId, step.ItemId);
                context.Out.WriteLine(LessonRenderer.ToText(lesson, context.Language));
                if (!console.Confirm(english ? "Mark this lesson as completed?" : "Marquer cette leçon comme terminée ?"))
                {
                    break;
                }

                var outcome = RecordsErrors.Guard(() => context.Records.CompleteLesson(traineeId, step.ModuleId, step.ItemId));
                OutcomeText.Write(context, outcome);
            }
            else
            {
                context.Out.WriteLine(english ? $"Quiz {step.ModuleId}/{step.ItemId}" : $"Quiz {step.ModuleId}/{step.ItemId}");
                if (!console.Confirm(english ? "Start the quiz now?" : "Commencer le quiz maintenant ?"))
                {
                    break;
                }

                var result = QuizTakeCommand.Interactively(context, traineeId, step.ModuleId, step.ItemId, seed: null);
                QuizTakeCommand.Write(context, result);
            }

            if (context.Records.NextStep(traineeId) is { Kind: not NextStepKind.AwaitingReview } && !console.Confirm(english ? "Continue?" : "Continuer ?"))
            {
                return;
            }
        }

        if (context.Records.NextStep(traineeId) is null)
        {
            context.Out.WriteLine(english ? "Everything is done in your tracks. Well done!" : "Tout est terminé dans vos parcours. Bravo !");
        }
    }
}
