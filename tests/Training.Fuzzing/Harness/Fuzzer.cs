using System.Diagnostics;
using System.Globalization;
using Training.Fuzzing.Targets;

namespace Training.Fuzzing;

/// <summary>
/// libFuzzer's loop, in process: run every seed, then repeatedly pick a corpus input, mutate it (byte
/// mutations, or the target's structure-aware one), run it, and keep it when it reaches new coverage.
/// An exception is a crash: its input is saved once per distinct exception and the run goes on.
/// </summary>
internal sealed class Fuzzer(FuzzOptions options, CoverageMap coverage, Watchdog watchdog, FindingStore findings, TextWriter log)
{
    // Without instrumentation nothing is "new": keep a few mutants anyway, so inputs drift from the seeds.
    private const int UnguidedKeepOneIn = 500;
    private const int MaxCorpus = 20_000;

    /// <summary>Fuzzes one target for a number of executions.</summary>
    public TargetReport Run(IFuzzTarget target, long executions, SeedSources sources)
    {
        var report = new TargetReport(target.Name);
        var random = new Random(HashCode.Combine(options.Seed, StableHash(target.Name)));
        var corpus = new List<byte[]>();
        var mutator = new Mutator(random, target.Dictionary) { PickOther = () => corpus[random.Next(corpus.Count)] };
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        coverage.Forget();

        var seeds = target.LoadSeeds(sources);
        report.Seeds = seeds.Count;
        log.WriteLine($"[{target.Name}] {seeds.Count} seeds, {executions:N0} executions, coverage {(coverage.IsInstrumented ? "guided (instrumented engine)" : "unguided (engine not instrumented)")}");
        foreach (var seed in seeds)
        {
            Execute(target, seed.Bytes, report, seed.Origin);
            corpus.Add(seed.Bytes);
        }

        if (corpus.Count == 0)
        {
            corpus.Add([]);
        }

        while (report.Executions < executions)
        {
            var parent = corpus[random.Next(corpus.Count)];
            var child = (random.Next(4) == 0 ? target.MutateStructure(parent, mutator) : null) ?? mutator.Mutate(parent, target.MaxInputLength);
            var isNew = Execute(target, child, report, origin: null);
            if (corpus.Count < MaxCorpus && (isNew || (!coverage.IsInstrumented && random.Next(UnguidedKeepOneIn) == 0)))
            {
                corpus.Add(child);
            }

            if (clock.Elapsed - lastProgress >= options.ProgressInterval)
            {
                lastProgress = clock.Elapsed;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{target.Name}] #{report.Executions:N0} {report.Executions / clock.Elapsed.TotalSeconds:N0} exec/s corpus {corpus.Count:N0} edges {coverage.Edges:N0} crashes {report.Crashes} memory {report.MemoryFindings} rss {watchdog.PeakResidentBytes / (1024 * 1024)} MB"));
            }
        }

        report.CorpusSize = corpus.Count;
        report.Edges = coverage.Edges;
        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>Runs one input under the watchdog, with coverage and allocation measured.</summary>
    /// <returns>True when the input reached new coverage.</returns>
    private bool Execute(IFuzzTarget target, byte[] input, TargetReport report, string? origin)
    {
        report.Executions++;
        coverage.Clear();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var startedAt = Stopwatch.GetTimestamp();
        watchdog.Begin(target.Name, input);
        try
        {
            target.Execute(input);
        }
#pragma warning disable CA1031 // Catching everything is the point: any exception is a crash to record.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            watchdog.End();
            RecordCrash(target, input, exception, report, origin);
            return false;
        }

        watchdog.End();
        var duration = Stopwatch.GetElapsedTime(startedAt);
        if (duration > report.SlowestInput && report.Executions > report.Seeds)
        {
            // Seeds are left out: the first executions pay for JIT compilation.
            report.SlowestInput = duration;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        report.MaxAllocationBytes = Math.Max(report.MaxAllocationBytes, allocated);
        if (allocated > options.MaxAllocationBytes)
        {
            report.MemoryFindings++;
            var path = findings.Save(target.Name, "memory", input);
            log.WriteLine($"[{target.Name}] MEMORY: one input allocated {allocated / (1024 * 1024)} MB (limit {options.MaxAllocationBytes / (1024 * 1024)} MB). Input: {path}");
            log.WriteLine("  repro: " + FindingStore.ReproCommand(target.Name, path));
        }

        return coverage.CollectNew();
    }

    private void RecordCrash(IFuzzTarget target, byte[] input, Exception exception, TargetReport report, string? origin)
    {
        report.Crashes++;
        var signature = Signature(exception);
        if (report.DistinctCrashes.ContainsKey(signature))
        {
            return;
        }

        var path = findings.Save(target.Name, "crash", input);
        report.DistinctCrashes[signature] = path;
        log.WriteLine($"[{target.Name}] CRASH {signature}{(origin is null ? string.Empty : " (seed " + origin + ")")}");
        log.WriteLine("  input: " + path);
        log.WriteLine("  repro: " + FindingStore.ReproCommand(target.Name, path));
        log.WriteLine("  " + exception.ToString().Replace("\n", "\n  ", StringComparison.Ordinal));
    }

    /// <summary>The exception type and the frame that threw: two inputs with the same signature are the same bug.</summary>
    private static string Signature(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: false).GetFrames().FirstOrDefault(f => f.GetMethod() is not null);
        var method = frame?.GetMethod();
        return $"{exception.GetType().FullName} in {method?.DeclaringType?.FullName}.{method?.Name}";
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var character in text)
        {
            hash = unchecked((hash * 31) + character);
        }

        return hash;
    }
}
