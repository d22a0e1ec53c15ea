using System.Reflection;
using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>
/// What a region does with `modules new --code`: build the plugin against the packed Training.Sdk
/// NuGet package (from a local feed, as a region would from nuget.org), then validate and load it.
/// </summary>
public sealed class ScaffoldedPluginBuildTests
{
    [Test]
    public void Scaffolded_plugin_builds_against_the_packed_sdk_and_loads()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var configuration = typeof(TrainingCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var feed = Path.Combine(work.Path, "feed");

        var pack = DotNet.Run(RepositoryPaths.Root, "pack", "core/Training.Sdk/Training.Sdk.csproj", "--no-build", "--no-restore", "-c", configuration, "-o", feed);
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        Assert.That(File.Exists(Path.Combine(feed, "Training.Sdk.1.0.0.nupkg")), Is.True);

        var plugin = Path.Combine(work.Path, "plugin");
        var created = TrainingCli.RunIn(work.Path, data.Path, "modules", "new", "bretagne.scaffold-test", "--code", "-o", plugin);
        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        Assert.That(File.Exists(Path.Combine(plugin, "Bretagne.ScaffoldTest.csproj")), Is.True);

        // The package comes from the local feed only, never from another source that might hold a package of that name.
        File.WriteAllText(Path.Combine(plugin, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-sdk" value="{feed}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local-sdk"><package pattern="Training.Sdk" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        var build = DotNet.Run(plugin, "build", "-p:RestorePackagesPath=" + Path.Combine(work.Path, "packages"));
        Assert.That(build.ExitCode, Is.Zero, build.ToString());

        var output = Path.Combine(plugin, "bin", "Debug", "net10.0");
        Assert.That(File.Exists(Path.Combine(output, "Training.Sdk.dll")), Is.False, "the SDK is provided by the host, not shipped");

        var validated = TrainingCli.Run(data.Path, "modules", "validate", output, "--json");
        Assert.That(validated.ExitCode, Is.Zero, validated.ToString());

        var listed = TrainingCli.Run(data.Path, "modules", "list", "--json", "--modules", output);
        using var json = JsonDocument.Parse(listed.StdOut);
        var module = json.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "bretagne.scaffold-test");
        Assert.That(module.GetProperty("kind").GetString(), Is.EqualTo("code"));
        Assert.That(module.GetProperty("status").GetString(), Is.EqualTo("loaded"), listed.StdOut);
    }
}
