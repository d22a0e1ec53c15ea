using System.Diagnostics;
using System.Globalization;
using Training.Fuzzing.Targets;

namespace Training.Fuzzing;

/// <summary>Runs targets one after the other and prints the summary; replays single inputs.</summary>
internal static class FuzzRun
{
    public static int Run(IReadOnlyList<string> targets, FuzzOptions options, SeedSources sources, TextWriter log)
    {
        var store = new FindingStore(options.FindingsDirectory);
        using var coverage = new CoverageMap();
        using var watchdog = new Watchdog(options, (target, kind, input, detail) => Stop(store, target, kind, input, detail, log));
        var fuzzer = new Fuzzer(options, coverage, watchdog, store, log);
        var reports = new List<TargetReport>();
        for (var index = 0; index < targets.Count; index++)
        {
            // Split evenly; the first targets take the remainder.
            var share = (options.Executions / targets.Count) + (index < options.Executions % targets.Count ? 1 : 0);
            using var target = new DisposableTarget(FuzzTargets.Create(targets[index]));
            reports.Add(fuzzer.Run(target.Target, share, sources));
        }

        WriteSummary(reports, watchdog, log);
        return reports.All(r => r.IsClean) ? FuzzCommand.Clean : FuzzCommand.Findings;
    }

    public static int Repro(string targetName, string file, TimeSpan timeout, TextWriter log)
    {
        var input = File.ReadAllBytes(file);
        var options = new FuzzOptions { Timeout = timeout, FindingsDirectory = Path.Combine(Path.GetTempPath(), "training-fuzz", "repro") };
        using var target = new DisposableTarget(FuzzTargets.Create(targetName));
        using var watchdog = new Watchdog(options, (name, kind, bytes, detail) => Stop(new FindingStore(options.FindingsDirectory), name, kind, bytes, detail, log));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        watchdog.Begin(targetName, input);
        try
        {
            target.Target.Execute(input);
        }
#pragma warning disable CA1031 // Replaying a crash: print whatever it throws.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            watchdog.End();
            log.WriteLine($"CRASH replaying {file} ({input.Length} bytes) on target {targetName}:");
            log.WriteLine(exception.ToString());
            return FuzzCommand.Findings;
        }

        watchdog.End();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No crash: {file} ({input.Length} bytes) ran on target {targetName} in {clock.Elapsed.TotalMilliseconds:0} ms, allocating {FuzzCommand.Megabytes(allocated)}."));
        return allocated > options.MaxAllocationBytes ? FuzzCommand.Findings : FuzzCommand.Clean;
    }

    private static void WriteSummary(List<TargetReport> reports, Watchdog watchdog, TextWriter log)
    {
        using var process = Process.GetCurrentProcess();
        var peak = Math.Max(process.PeakWorkingSet64, watchdog.PeakResidentBytes);
        log.WriteLine();
        log.WriteLine($"{"target",-10}{"executions",14}{"seeds",8}{"corpus",9}{"edges",8}{"crashes",9}{"hangs",7}{"memory",8}{"max alloc/input",17}{"slowest",9}{"exec/s",9}");
        foreach (var report in reports)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Target,-10}{report.Executions,14:N0}{report.Seeds,8}{report.CorpusSize,9:N0}{report.Edges,8:N0}{report.Crashes,9}{0,7}{report.MemoryFindings,8}{FuzzCommand.Megabytes(report.MaxAllocationBytes),17}{report.SlowestInput.TotalMilliseconds,6:0} ms{report.Executions / Math.Max(report.Elapsed.TotalSeconds, 0.001),9:N0}"));
        }

        var total = reports.Sum(r => r.Executions);
        var elapsed = TimeSpan.FromTicks(reports.Sum(r => r.Elapsed.Ticks));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {total:N0} executions in {elapsed:hh\\:mm\\:ss}, {reports.Sum(r => r.Crashes)} crashes ({reports.Sum(r => r.DistinctCrashes.Count)} distinct), 0 hangs, {reports.Sum(r => r.MemoryFindings)} memory findings, peak resident memory {FuzzCommand.Megabytes(peak)}"));
        foreach (var (signature, path) in reports.SelectMany(r => r.DistinctCrashes.Select(c => (c.Key, c.Value))))
        {
            log.WriteLine($"  crash {signature}: {path}");
        }

        log.WriteLine(reports.All(r => r.IsClean) ? "result: clean" : "result: FINDINGS (see above)");
    }

    /// <summary>A hang or the memory ceiling: save the input, say how to replay it, and end the process.</summary>
    private static void Stop(FindingStore store, string target, string kind, byte[] input, string detail, TextWriter log)
    {
        var path = store.Save(target, kind, input);
        log.WriteLine($"[{target}] {kind.ToUpperInvariant()}: {detail}. The run stops here.");
        log.WriteLine("  input: " + path);
        log.WriteLine("  repro: " + FindingStore.ReproCommand(target, path));
        log.WriteLine("result: FINDINGS (" + kind + ")");
        log.Flush();
        Environment.Exit(FuzzCommand.Fatal);
    }
}
