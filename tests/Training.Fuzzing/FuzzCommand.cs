using System.CommandLine;
using System.Globalization;
using Training.Fuzzing.Targets;

namespace Training.Fuzzing;

/// <summary>
/// <c>run</c> fuzzes targets in process; <c>repro</c> replays one saved input; <c>afl</c> serves one target to
/// AFL++ through SharpFuzz. Exit codes: 0 clean, 1 a crash or memory finding, 2 usage, 3 a hang or the
/// memory ceiling (the run stops there).
/// </summary>
internal static class FuzzCommand
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Fatal = 3;

    public static int Run(string[] args, TextWriter log)
    {
        var target = new Option<string>("--target") { Description = "gift, manifest, package, all (the three) or selftest.", DefaultValueFactory = _ => "all" };
        target.AcceptOnlyFromAmong([.. FuzzTargets.Names]);
        var executions = new Option<long>("--executions") { Description = "Executions in all, seeds included, split evenly between targets.", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var timeout = new Option<int>("--timeout-ms") { Description = "An input running longer is a hang.", DefaultValueFactory = _ => 2000 };
        var maxAllocation = new Option<int>("--max-alloc-mb") { Description = "An input allocating more is a memory finding.", DefaultValueFactory = _ => 256 };
        var maxResident = new Option<int>("--rss-limit-mb") { Description = "Resident memory ceiling for the whole run.", DefaultValueFactory = _ => 2048 };
        var findings = new Option<string>("--findings") { Description = "Where inputs behind findings are saved.", DefaultValueFactory = _ => "fuzz-findings" };
        var corpus = new Option<string[]>("--corpus") { Description = "Extra seed folder (repeatable).", DefaultValueFactory = _ => [] };
        var repo = new Option<string?>("--repo") { Description = "The repository root (found from the harness's folder by default)." };
        var progress = new Option<int>("--progress-seconds") { Description = "Seconds between progress lines.", DefaultValueFactory = _ => 10 };

        var run = new Command("run", "Fuzz targets in process and print executions, crashes, hangs and peak memory.");
        foreach (var option in new Option[] { target, executions, seed, timeout, maxAllocation, maxResident, findings, corpus, repo, progress })
        {
            run.Options.Add(option);
        }

        run.SetAction(parse =>
        {
            var options = new FuzzOptions
            {
                Executions = parse.GetValue(executions),
                Seed = parse.GetValue(seed),
                Timeout = TimeSpan.FromMilliseconds(parse.GetValue(timeout)),
                MaxAllocationBytes = parse.GetValue(maxAllocation) * 1024L * 1024,
                MaxResidentBytes = parse.GetValue(maxResident) * 1024L * 1024,
                FindingsDirectory = parse.GetValue(findings)!,
                ProgressInterval = TimeSpan.FromSeconds(parse.GetValue(progress)),
            };
            var sources = new SeedSources(parse.GetValue(repo) ?? SeedSources.FindRepositoryRoot(), parse.GetValue(corpus)!);
            var name = parse.GetValue(target)!;
            return FuzzRun.Run(name == "all" ? FuzzTargets.EngineTargets : [name], options, sources, log);
        });

        var reproTarget = new Argument<string>("TARGET") { Description = "gift, manifest, package or selftest." };
        reproTarget.AcceptOnlyFromAmong([.. FuzzTargets.Names.Where(n => n != "all")]);
        var reproFile = new Argument<string>("FILE") { Description = "A saved input." };
        var repro = new Command("repro", "Run one input once and print the exception it raises, if any.");
        repro.Arguments.Add(reproTarget);
        repro.Arguments.Add(reproFile);
        repro.Options.Add(timeout);
        repro.SetAction(parse => FuzzRun.Repro(parse.GetValue(reproTarget)!, parse.GetValue(reproFile)!, TimeSpan.FromMilliseconds(parse.GetValue(timeout)), log));

        var aflTarget = new Argument<string>("TARGET") { Description = "gift, manifest or package." };
        aflTarget.AcceptOnlyFromAmong([.. FuzzTargets.EngineTargets]);
        var afl = new Command("afl", "Serve one target to afl-fuzz (SharpFuzz's AFL protocol); see docs/fuzzing.md.");
        afl.Arguments.Add(aflTarget);
        afl.SetAction(parse =>
        {
            using var fuzzTarget = new DisposableTarget(FuzzTargets.Create(parse.GetValue(aflTarget)!));
            SharpFuzz.Fuzzer.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                fuzzTarget.Target.Execute(buffer.ToArray());
            });
            return Clean;
        });

        var root = new RootCommand("Fuzzing harness for the Training engine (docs/fuzzing.md).") { run, repro, afl };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = log, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Formats a byte count for the summary.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
