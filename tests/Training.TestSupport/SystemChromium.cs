using NUnit.Framework;

namespace Training.TestSupport;

/// <summary>Debian's <c>chromium</c> on the PATH (installed by .ci/run); tests that need it are skipped without it.</summary>
public static class SystemChromium
{
    /// <summary>The chromium executable on the PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);

    /// <summary>The executable, or the test is skipped saying what needs it.</summary>
    /// <param name="what">The tests that need it, e.g. "the browser tests".</param>
    public static string Require(string what) =>
        Find() ?? throw new IgnoreException($"chromium is not installed: install Debian's chromium package (.ci/run does) to run {what}.");
}
