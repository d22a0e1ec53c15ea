namespace Training.Cli.Hosting;

/// <summary>The exit codes of the public command-line contract (docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Usage = 2;
}
