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

    /// <summary>Runs <c>training</c> on a data folder, with <paramref name="input"/> on stdin; fails the test on a non-zero exit.</summary>
    public static string Training(string dataDirectory, string? input, params string[] args)
    {
        var result = input is null ? TrainingCli.Run(dataDirectory, args) : TrainingCli.RunWithInput(dataDirectory, input, args);
        Assert.That(result.ExitCode, Is.Zero, $"training {string.Join(' ', args)}: {result.StdErr}");
        return result.StdOut;
    }

    /// <summary>A free TCP port on the loopback interface.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Debian's chromium, or the test is skipped with the reason.</summary>
    public static string Chromium() => SystemChromium.Require("the browser tests");

    private static string Existing(string path) => File.Exists(path) ? path : throw new FileNotFoundException("Build the host first (dotnet build Training.sln).", path);
}
