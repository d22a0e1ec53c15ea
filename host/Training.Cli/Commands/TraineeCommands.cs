using System.CommandLine;
using Spectre.Console;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary><c>training trainees add|list</c> and <c>training enroll</c>.</summary>
internal static class TraineeCommands
{
    public static Command Trainees(GlobalOptions options)
    {
        var trainees = new Command("trainees", "Trainees: add and list.");

        var id = new Argument<string>("ID") { Description = "The trainee's id: lowercase letters, digits, '.', '_' and '-'." };
        var name = new Option<string>("--name") { Description = "The trainee's full name.", Required = true };
        var email = new Option<string?>("--email") { Description = "The trainee's e-mail address." };
        var add = new Command("add", "Add a trainee.");
        add.Arguments.Add(id);
        add.Options.Add(name);
        add.Options.Add(email);
        trainees.Subcommands.Add(add.WithAction(options, (context, parse) =>
        {
            var trainee = RecordsErrors.Guard(() => context.Records.AddTrainee(parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(email)));
            if (context.Json)
            {
                context.Out.WriteJson(trainee);
            }
            else
            {
                context.Out.WriteLine($"Added trainee {trainee.Id} ({trainee.Name}).");
            }

            return ExitCodes.Ok;
        }));

        trainees.Subcommands.Add(new Command("list", "List the trainees.").WithAction(options, (context, _) =>
        {
            var all = context.Records.ListTrainees();
            if (context.Json)
            {
                context.Out.WriteJson(new { trainees = all });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Name").AddColumn("E-mail");
            foreach (var trainee in all)
            {
                table.AddRow(Markup.Escape(trainee.Id), Markup.Escape(trainee.Name), Markup.Escape(trainee.Email ?? string.Empty));
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        }));

        return trainees;
    }

    public static Command Enroll(GlobalOptions options)
    {
        var trainee = new Argument<string>("TRAINEE") { Description = "The trainee's id." };
        var track = new Argument<string>("TRACK") { Description = "The track's id (see 'training tracks list')." };
        var command = new Command("enroll", "Enroll a trainee in a certification track.");
        command.Arguments.Add(trainee);
        command.Arguments.Add(track);
        return command.WithAction(options, (context, parse) =>
        {
            var outcome = RecordsErrors.Guard(() => context.Records.Enroll(parse.GetValue(trainee)!, parse.GetValue(track)!));
            if (context.Json)
            {
                context.Out.WriteJson(new { trainee = parse.GetValue(trainee), track = parse.GetValue(track), enrolled = outcome.Recorded });
            }
            else
            {
                context.Out.WriteLine(outcome.Recorded
                    ? $"Enrolled {parse.GetValue(trainee)} in {parse.GetValue(track)}."
                    : $"{parse.GetValue(trainee)} is already enrolled in {parse.GetValue(track)}.");
            }

            return ExitCodes.Ok;
        });
    }
}
