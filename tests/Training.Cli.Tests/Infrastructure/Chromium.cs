using System.Diagnostics;
using Training.TestSupport;

namespace Training.Cli.Tests.Infrastructure;

/// <summary>Debian's headless Chromium (installed by .ci/run), for tests that check what a browser renders.</summary>
public static class Chromium
{
    private static readonly string[] s_common =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Skips the test with a clear message when Chromium is missing.</summary>
    public static string Require() => SystemChromium.Require("the browser rendering tests");

    /// <summary>Renders a page and saves a screenshot.</summary>
    public static void Screenshot(string page, string png, string profile, int width = 1280, int height = 1600) =>
        Run([.. s_common, $"--user-data-dir={profile}", $"--window-size={width},{height}", $"--screenshot={png}", new Uri(page).AbsoluteUri]);

    /// <summary>Renders a page, runs its scripts, and returns the resulting DOM as HTML.</summary>
    public static string DumpDom(string page, string profile) =>
        Run([.. s_common, $"--user-data-dir={profile}", "--dump-dom", new Uri(page).AbsoluteUri]);

    private static string Run(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Require())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 90 seconds.");
        }

        Assert.That(process.ExitCode, Is.Zero, "chromium failed: " + stderr.Result);
        return stdout.Result;
    }
}
