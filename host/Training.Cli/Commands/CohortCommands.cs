using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Engine.Cohorts;

namespace Training.Cli.Commands;

/// <summary><c>training cohorts create|add|import|list|assign</c>.</summary>
internal static class CohortCommands
{
    public static Command Create(GlobalOptions options)
    {
        var cohorts = new Command("cohorts", "Cohorts: groups of trainees following a track together.");
        cohorts.Subcommands.Add(CreateCommand(options));
        cohorts.Subcommands.Add(AddCommand(options));
        cohorts.Subcommands.Add(ImportCommand(options));
        cohorts.Subcommands.Add(ListCommand(options));
        cohorts.Subcommands.Add(UserCommands.AssignCommand(options));
        return cohorts;
    }

    private static Command CreateCommand(GlobalOptions options)
    {
        var id = new Argument<string>("ID") { Description = "The cohort's id: lowercase letters, digits, '.', '_' and '-'." };
        var track = new Option<string>("--track") { Description = "The track its members follow.", Required = true };
        var title = new Option<string?>("--title") { Description = "A title for people." };
        var deadline = new Option<string?>("--deadline") { Description = "The day by which the track should be completed (YYYY-MM-DD).", HelpName = "YYYY-MM-DD" };
        var command = new Command("create", "Create a cohort.");
        command.Arguments.Add(id);
        command.Options.Add(track);
        command.Options.Add(title);
        command.Options.Add(deadline);
        return command.WithAction(options, (context, parse) =>
        {
            var cohort = RecordsErrors.Guard(() => new CohortService(context.Records)
                .Create(parse.GetValue(id)!, parse.GetValue(track)!, parse.GetValue(title), parse.GetValue(deadline)));
            if (context.Json)
            {
                context.Out.WriteJson(cohort);
            }
            else
            {
                context.Out.WriteLine($"Created cohort {cohort.Id} on track {cohort.TrackId}"
                    + (cohort.Deadline is { } day ? $", deadline {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}." : "."));
            }

            return ExitCodes.Ok;
        });
    }

    private static Command AddCommand(GlobalOptions options)
    {
        var cohort = new Argument<string>("COHORT") { Description = "The cohort's id." };
        var trainees = new Argument<string[]>("TRAINEE") { Description = "The trainees to add (existing ids).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("add", "Add trainees to a cohort and enrol them in its track.");
        command.Arguments.Add(cohort);
        command.Arguments.Add(trainees);
        return command.WithAction(options, (context, parse) =>
        {
            var change = RecordsErrors.Guard(() => new CohortService(context.Records).Add(parse.GetValue(cohort)!, parse.GetValue(trainees)!));
            WriteChange(context, change);
            return ExitCodes.Ok;
        });
    }

    private static Command ImportCommand(GlobalOptions options)
    {
        var cohort = new Argument<string>("COHORT") { Description = "The cohort's id." };
        var file = new Argument<string>("FILE") { Description = "A CSV file with the header id,name,email and one trainee a line." };
        var command = new Command("import", "Import trainees from a CSV file: creates missing trainees, adds them to the cohort and enrols them. A file with any bad line is refused whole.");
        command.Arguments.Add(cohort);
        command.Arguments.Add(file);
        return command.WithAction(options, (context, parse) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"There is no file '{path}'. Give the path of a CSV file with the header id,name,email.");
            }

            using var reader = File.OpenText(path);
            var change = RecordsErrors.Guard(() => new CohortService(context.Records).Import(parse.GetValue(cohort)!, reader, Path.GetFileName(path)));
            WriteChange(context, change);
            return ExitCodes.Ok;
        });
    }

    private static Command ListCommand(GlobalOptions options) =>
        new Command("list", "List the cohorts.").WithAction(options, (context, _) =>
        {
            var all = new CohortService(context.Records).List();
            if (context.Json)
            {
                context.Out.WriteJson(new { cohorts = all });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Title").AddColumn("Track").AddColumn("Deadline").AddColumn(new TableColumn("Members").RightAligned());
            foreach (var cohort in all)
            {
                table.AddRow(
                    Markup.Escape(cohort.Id),
                    Markup.Escape(cohort.Title ?? string.Empty),
                    Markup.Escape(cohort.TrackId),
                    cohort.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                    cohort.Members.ToString(CultureInfo.InvariantCulture));
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        });

    private static void WriteChange(CliContext context, CohortChange change)
    {
        if (context.Json)
        {
            context.Out.WriteJson(change);
            return;
        }

        context.Out.WriteLine($"Cohort {change.CohortId}: {change.Added.Count} added"
            + (change.Created.Count > 0 ? $" ({change.Created.Count} new trainees)" : string.Empty)
            + $", {change.Enrolled.Count} enrolled in its track"
            + (change.AlreadyMembers.Count > 0 ? $", {change.AlreadyMembers.Count} already members ({string.Join(", ", change.AlreadyMembers)})." : "."));
    }
}
