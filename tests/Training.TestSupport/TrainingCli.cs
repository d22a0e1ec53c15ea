using System.Diagnostics;
using System.Reflection;
using NUnit.Framework;

namespace Training.TestSupport;

/// <summary>Runs the real `training` command (host/Training.Cli's build output, with its shipped modules).</summary>
public static class TrainingCli
{
    private static readonly Lazy<string> s_dll = new(() =>
    {
        var configuration = typeof(TrainingCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        var path = Path.Combine(RepositoryPaths.Root, "host", "Training.Cli", "bin", configuration, "net10.0", "training.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build host/Training.Cli first.", path);
    });

    /// <summary>The path of training.dll, for tests that start the process themselves.</summary>
    public static string DllPath => s_dll.Value;

    /// <summary>The host's output folder (where its shipped modules are).</summary>
    public static string HostDirectory => Path.GetDirectoryName(s_dll.Value)!;

    /// <summary>Runs <c>training</c> with <paramref name="args"/>; the data folder is always explicit so tests never touch the user's.</summary>
    public static CliResult Run(string dataDirectory, params string[] args) => RunIn(Environment.CurrentDirectory, dataDirectory, args);

    /// <summary>Runs <c>training</c> with <paramref name="input"/> written to its standard input (then closed).</summary>
    public static CliResult RunWithInput(string dataDirectory, string input, params string[] args) => Start(Environment.CurrentDirectory, dataDirectory, input, args);

    /// <summary>Runs <c>training</c> in a working folder.</summary>
    public static CliResult RunIn(string workingDirectory, string dataDirectory, params string[] args) => Start(workingDirectory, dataDirectory, null, args);

    private static CliResult Start(string workingDirectory, string dataDirectory, string? input, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(s_dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TRAINING_DATA"] = dataDirectory;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"training {string.Join(' ', args)} did not finish within 2 minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
