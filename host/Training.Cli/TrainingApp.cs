using System.CommandLine;
using Training.Cli.Commands;
using Training.Cli.Hosting;

namespace Training.Cli;

/// <summary>The <c>training</c> command: parses, dispatches, and maps failures to the documented exit codes.</summary>
internal static class TrainingApp
{
    public static RootCommand BuildRoot(GlobalOptions options)
    {
        var root = new RootCommand("Training: modular training courses (modules, tracks, lessons, quizzes).");
        options.AddTo(root);
        root.Subcommands.Add(ModulesCommands.Create(options));
        root.Subcommands.Add(TracksCommands.Create(options));
        root.Subcommands.Add(LessonCommands.Create(options));
        root.Subcommands.Add(QuizCommands.Create(options));
        root.Subcommands.Add(TraineeCommands.Trainees(options));
        root.Subcommands.Add(TraineeCommands.Enroll(options));
        root.Subcommands.Add(LearnCommand.Create(options));
        root.Subcommands.Add(ProgressCommand.Create(options));
        root.Subcommands.Add(CertificateCommands.Create(options));
        root.Subcommands.Add(CohortCommands.Create(options));
        root.Subcommands.Add(ReportCommands.Create(options));
        root.Subcommands.Add(ReviewCommands.Create(options));
        root.Subcommands.Add(XapiCommands.Create(options));
        root.Subcommands.Add(UserCommands.Create(options));
        root.Subcommands.Add(BackupCommands.Backup(options));
        root.Subcommands.Add(BackupCommands.Restore(options));
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new GlobalOptions();
        var root = BuildRoot(options);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'training --help' (or add --help after a command) to see the usage.");
            return ExitCodes.Usage;
        }

        var verbose = parse.GetValue(options.Verbose);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }

            return ExitCodes.Invalid;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"error: unexpected {ex.GetType().Name}: {ex.Message}" + (verbose ? string.Empty : " (run with --verbose for details)"));
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }

            return ExitCodes.Invalid;
        }
    }
}
