using System.CommandLine;

namespace Training.Cli.Hosting;

/// <summary>The options every command accepts, anywhere on the command line.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "The data folder (default: $TRAINING_DATA, else the user's local data folder).",
        Recursive = true,
        HelpName = "DIR",
    };

    public Option<string[]> Modules { get; } = new("--modules")
    {
        Description = "An extra folder scanned for modules (repeatable); it may be a module itself.",
        Recursive = true,
        HelpName = "DIR",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "The language of content and messages: fr or en.",
        Recursive = true,
        DefaultValueFactory = _ => "fr",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON alone on stdout.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print technical details (stack traces) with errors.",
        Recursive = true,
    };

    public GlobalOptions() => Lang.AcceptOnlyFromAmong("fr", "en");

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Data);
        root.Options.Add(Modules);
        root.Options.Add(Lang);
        root.Options.Add(Json);
        root.Options.Add(Verbose);
    }
}
