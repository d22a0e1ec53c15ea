namespace Training.Cli.Hosting;

/// <summary>
/// A failure to report to the user as one line on stderr, with the exit code of the public
/// contract: 1 for invalid input or a refused operation, 2 for a usage error.
/// </summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Invalid) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
