using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Training.TestSupport;

namespace Training.Web.Tests.Infrastructure;

/// <summary>The real built hosts: the <c>training</c> command and the <c>Training.Web</c> process, from their own build output.</summary>
public static class BuiltHosts
{
    private static readonly string s_configuration = typeof(BuiltHosts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public static string WebProject => Path.Combine(RepositoryPaths.Root, "host", "Training.Web");

    public static string WebDll => Existing(Path.Combine(WebProject, "bin", s_configuration, "net10.0", "Training.Web.dll"));

    public static string CliDll => Existing(Path.Combine(RepositoryPaths.Root, "host", "Training.Cli", "bin", s_configuration, "net10.0", "training.dll"));

    /// <summary>Runs <c>training</c> on a data folder, with <paramref name="input"/> on stdin; fails the test on a non-zero exit.</summary>
    public static string Training(string dataDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TRAINING_DATA"] = dataDirectory;
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"training {string.Join(' ', args)} did not finish within a minute.");
        }

        Assert.That(process.ExitCode, Is.Zero, $"training {string.Join(' ', args)}: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>A free TCP port on the loopback interface.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Debian's chromium, or the test is skipped with the reason.</summary>
    public static string Chromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists)
        ?? throw new IgnoreException("chromium is not installed: install Debian's chromium package (.ci/run does) to run the browser tests.");

    private static string Existing(string path) => File.Exists(path) ? path : throw new FileNotFoundException("Build the host first (dotnet build Training.sln).", path);
}
