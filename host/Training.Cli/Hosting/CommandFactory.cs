using System.CommandLine;

namespace Training.Cli.Hosting;

/// <summary>Wires a command's action to a fresh <see cref="CliContext"/>, so commands only hold their logic.</summary>
internal static class CommandFactory
{
    public static Command WithAction(this Command command, GlobalOptions options, Func<CliContext, ParseResult, int> action)
    {
        command.SetAction(parse =>
        {
            using var context = new CliContext(parse, options, Console.Out, Console.Error);
            return action(context, parse);
        });
        return command;
    }
}
