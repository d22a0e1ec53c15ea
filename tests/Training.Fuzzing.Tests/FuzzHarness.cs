using System.Diagnostics;
using System.Reflection;
using Training.TestSupport;

namespace Training.Fuzzing.Tests;

/// <summary>Runs the real harness process from tests/Training.Fuzzing's own build output (not instrumented).</summary>
internal static class FuzzHarness
{
    private static readonly Lazy<string> s_dll = new(() =>
    {
        var configuration = typeof(FuzzHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Training.Fuzzing", "bin", configuration, "net10.0", "Training.Fuzzing.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Training.Fuzzing first.", path);
    });

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(s_dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The harness ({string.Join(' ', args)}) did not finish within 3 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
