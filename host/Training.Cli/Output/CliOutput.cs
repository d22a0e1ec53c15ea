using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Training.Engine.Diagnostics;

namespace Training.Cli.Output;

/// <summary>Writes results: JSON alone on stdout with --json, Spectre.Console tables otherwise; errors on stderr.</summary>
internal sealed class CliOutput
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Content is French: keep accents readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    public CliOutput(TextWriter stdout, TextWriter stderr, bool json)
    {
        _stdout = stdout;
        _stderr = stderr;
        Json = json;
        IsInteractive = !json && !System.Console.IsErrorRedirected && ReferenceEquals(stderr, System.Console.Error);
        Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });

        // Redirected output has no width: Spectre assumes 80 columns and wraps titles mid-word.
        if (System.Console.IsOutputRedirected || !ReferenceEquals(stdout, System.Console.Out))
        {
            Console.Profile.Width = 160;
        }

        ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
    }

    public bool Json { get; }

    public bool IsInteractive { get; }

    public IAnsiConsole Console { get; }

    public IAnsiConsole ErrorConsole { get; }

    public void WriteJson<T>(T value) => _stdout.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void WriteLine(string text = "") => _stdout.WriteLine(text);

    public void Error(string message) => _stderr.WriteLine(message);

    /// <summary>Prints diagnostics as compiler-style lines (on stdout: they are the command's result).</summary>
    public void WriteDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _stdout.WriteLine(diagnostic.ToString());
        }
    }

    public static object ToJson(Diagnostic d) => new DiagnosticJson(
        d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
        d.Code,
        d.Location?.File,
        d.Location?.Line ?? 0,
        d.Location?.Column ?? 0,
        d.FullMessage);

    private sealed record DiagnosticJson(string Severity, string Code, string? File, int Line, int Column, string Message);
}
