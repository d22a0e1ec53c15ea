using System.Diagnostics;
using System.Reflection;
using Training.TestSupport;

namespace Training.Cli.Tests.Infrastructure;

/// <summary>Starts tests/Training.Records.Stress: a real process recording actions through the engine and store.</summary>
public static class StressProcess
{
    private static string Dll
    {
        get
        {
            var configuration = typeof(StressProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
            return Path.Combine(RepositoryPaths.Root, "tests", "Training.Records.Stress", "bin", configuration, "net10.0", "Training.Records.Stress.dll");
        }
    }

    public static Process Start(string data, string modules, string prefix, int count)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Dll, data, modules, prefix, count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }
}
