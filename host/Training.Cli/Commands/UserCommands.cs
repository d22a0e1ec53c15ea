using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Engine.Access;

namespace Training.Cli.Commands;

/// <summary><c>training users add|list|password|remove</c> (docs/access.md).</summary>
internal static class UserCommands
{
    private static readonly string[] Roles = ["trainee", "coordinator", "admin"];

    public static Command Create(GlobalOptions options)
    {
        var users = new Command("users", "User accounts for the web host: add, list, change a password, remove.");
        users.Subcommands.Add(AddCommand(options));
        users.Subcommands.Add(ListCommand(options));
        users.Subcommands.Add(PasswordCommand(options));
        users.Subcommands.Add(RemoveCommand(options));
        return users;
    }

    private static Command AddCommand(GlobalOptions options)
    {
        var name = new Argument<string>("USER-NAME") { Description = "2 to 64 lowercase letters, digits, '.', '_' and '-'; unique, ignoring case." };
        var role = new Option<string>("--role") { Description = "trainee, coordinator or admin.", Required = true, HelpName = "trainee|coordinator|admin" };
        role.AcceptOnlyFromAmong(Roles);
        var trainee = new Option<string?>("--trainee") { Description = "For a trainee account: the existing trainee it acts as (see 'training trainees add').", HelpName = "TRAINEE-ID" };
        var display = new Option<string?>("--name") { Description = "A display name." };
        var stdin = PasswordStdin();
        var command = new Command("add", "Add a user account; the password is prompted for (twice, not echoed), or read from stdin.");
        command.Arguments.Add(name);
        command.Options.Add(role);
        command.Options.Add(trainee);
        command.Options.Add(display);
        command.Options.Add(stdin);
        return command.WithAction(options, (context, parse) =>
        {
            var password = ReadPassword(context, parse.GetValue(stdin));
            var account = RecordsErrors.Guard(() => context.AccountsAdmin.AddUser(
                parse.GetValue(name)!, password, ParseRole(parse.GetValue(role)!), parse.GetValue(trainee), parse.GetValue(display)));
            if (context.Json)
            {
                context.Out.WriteJson(account);
            }
            else
            {
                context.Out.WriteLine($"Added user {account.UserName} ({RoleText(account.Role)}"
                    + (account.TraineeId is { } id ? $", acts as trainee {id})." : ")."));
            }

            return ExitCodes.Ok;
        });
    }

    private static Command ListCommand(GlobalOptions options) =>
        new Command("list", "List the user accounts (never their passwords).").WithAction(options, (context, _) =>
        {
            var all = context.AccountsAdmin.ListUsers();
            if (context.Json)
            {
                context.Out.WriteJson(new { users = all });
                return ExitCodes.Ok;
            }

            if (all.Count == 0)
            {
                context.Out.WriteLine("No user accounts yet. Create the first admin with: training users add <user-name> --role admin");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("User").AddColumn("Role").AddColumn("Trainee").AddColumn("Name").AddColumn("Created");
            foreach (var account in all)
            {
                table.AddRow(
                    Markup.Escape(account.UserName),
                    RoleText(account.Role),
                    Markup.Escape(account.TraineeId ?? "-"),
                    Markup.Escape(account.DisplayName ?? string.Empty),
                    account.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        });

    private static Command PasswordCommand(GlobalOptions options)
    {
        var name = new Argument<string>("USER-NAME") { Description = "The account." };
        var stdin = PasswordStdin();
        var command = new Command("password", "Set a user's password (their other sessions are signed out).");
        command.Arguments.Add(name);
        command.Options.Add(stdin);
        return command.WithAction(options, (context, parse) =>
        {
            // Checked first, so nobody types a password for an account that does not exist.
            var account = RecordsErrors.Guard(() => context.AccountsAdmin.GetUser(parse.GetValue(name)!));
            var password = ReadPassword(context, parse.GetValue(stdin));
            RecordsErrors.Guard(() =>
            {
                context.AccountsAdmin.SetPassword(account.UserName, password);
                return 0;
            });
            if (context.Json)
            {
                context.Out.WriteJson(new { userName = account.UserName, passwordChanged = true });
            }
            else
            {
                context.Out.WriteLine($"Changed the password of {account.UserName}; their other sessions are signed out.");
            }

            return ExitCodes.Ok;
        });
    }

    private static Command RemoveCommand(GlobalOptions options)
    {
        var name = new Argument<string>("USER-NAME") { Description = "The account." };
        var yes = new Option<bool>("--yes") { Description = "Confirm: the account can no longer sign in (a trainee's learning records stay)." };
        var command = new Command("remove", "Remove a user account (someone who left): its sessions end, its cohort assignments go; learning records stay.");
        command.Arguments.Add(name);
        command.Options.Add(yes);
        return command.WithAction(options, (context, parse) =>
        {
            var account = RecordsErrors.Guard(() => context.AccountsAdmin.GetUser(parse.GetValue(name)!));
            if (!parse.GetValue(yes))
            {
                throw new CliException($"This removes the account '{account.UserName}'. Run again with --yes to confirm.");
            }

            RecordsErrors.Guard(() =>
            {
                context.AccountsAdmin.RemoveUser(account.UserName);
                return 0;
            });
            if (context.Json)
            {
                context.Out.WriteJson(new { userName = account.UserName, removed = true });
            }
            else
            {
                context.Out.WriteLine($"Removed the account {account.UserName}; its open sessions end within 5 minutes."
                    + (account.TraineeId is { } trainee ? $" Trainee {trainee}'s learning records stay." : string.Empty));
            }

            return ExitCodes.Ok;
        });
    }

    /// <summary><c>training cohorts assign COHORT USER-NAME</c>.</summary>
    public static Command AssignCommand(GlobalOptions options)
    {
        var cohort = new Argument<string>("COHORT") { Description = "The cohort's id." };
        var name = new Argument<string>("USER-NAME") { Description = "A coordinator account." };
        var command = new Command("assign", "Assign a coordinator account to a cohort: they see its report, members, essays and certificates due.");
        command.Arguments.Add(cohort);
        command.Arguments.Add(name);
        return command.WithAction(options, (context, parse) =>
        {
            var assigned = RecordsErrors.Guard(() => context.AccountsAdmin.AssignCoordinator(parse.GetValue(cohort)!, parse.GetValue(name)!));
            var user = parse.GetValue(name)!.Trim().ToLowerInvariant();
            var cohortId = parse.GetValue(cohort)!.Trim().ToLowerInvariant();
            if (context.Json)
            {
                context.Out.WriteJson(new { cohort = cohortId, userName = user, assigned });
            }
            else
            {
                context.Out.WriteLine(assigned
                    ? $"Assigned coordinator {user} to cohort {cohortId}."
                    : $"{user} already coordinates cohort {cohortId}; nothing changed.");
            }

            return ExitCodes.Ok;
        });
    }

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "Read the password from the first line of standard input (scripts)." };

    private static string ReadPassword(CliContext context, bool fromStdin)
    {
        if (fromStdin)
        {
            var line = Console.In.ReadLine()
                ?? throw new CliException("--password-stdin was given but standard input is empty: write the password on its first line.", ExitCodes.Usage);
            return line.TrimEnd('\r');
        }

        if (Console.IsInputRedirected || Console.IsErrorRedirected)
        {
            throw new CliException("There is no terminal to prompt for the password: use --password-stdin and write the password on standard input.", ExitCodes.Usage);
        }

        // Prompts go to stderr so stdout (and --json) stays clean; Secret() echoes nothing.
        var console = context.Out.ErrorConsole;
        var first = console.Prompt(new TextPrompt<string>("Password:").Secret(null));
        var second = console.Prompt(new TextPrompt<string>("Password again:").Secret(null));
        return first == second
            ? first
            : throw new CliException("The two passwords differ; nothing was changed. Run the command again.");
    }

    private static Role ParseRole(string role) => role switch
    {
        "admin" => Role.Admin,
        "coordinator" => Role.Coordinator,
        _ => Role.Trainee,
    };

    private static string RoleText(Role role) => role.ToString().ToLowerInvariant();
}
