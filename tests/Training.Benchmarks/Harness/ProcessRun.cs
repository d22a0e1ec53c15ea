using System.Diagnostics;

namespace Training.Benchmarks.Harness;

/// <summary>One finished process: how long it took from start to exit, and what it printed.</summary>
internal sealed record ProcessRun(TimeSpan Elapsed, int ExitCode, string Output, string Error)
{
    /// <summary>The CPU time the process used (user + system, all its threads): what it costs whatever else the machine runs.</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>Starts a process, waits for it, and times it from before the start to after the exit.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <param name="timeout">How long it may run (2 minutes by default).</param>
    /// <returns>The run; a non-zero exit is the caller's to judge.</returns>
    public static ProcessRun Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No colours, no first-run banners: the same work on every run.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var cpuBefore = PeakMemory.CpuOfFinishedChildren();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalMinutes} minutes.");
        }

        var elapsed = watch.Elapsed;

        // Children run one at a time, so the growth of the children's total is this one's.
        return new ProcessRun(elapsed, process.ExitCode, output.Result, error.Result) { Cpu = PeakMemory.CpuOfFinishedChildren() - cpuBefore };
    }

    /// <summary>Throws with the process's output unless it exited with 0.</summary>
    public ProcessRun EnsureSuccess(string what) => ExitCode == 0
        ? this
        : throw new InvalidOperationException($"{what} exited with {ExitCode}: {Error.Trim()} {Output.Trim()}");
}
