using System.Diagnostics;
using System.Runtime.InteropServices;
using Training.Benchmarks.Harness;

if (args.Length > 0 && args[0] == ChildMode.Flag)
{
    return ChildMode.Run(args[1..], Console.Out, Console.Error);
}

var options = BenchmarkOptions.Parse(args, Console.Error, out var list);
if (options is null)
{
    return 2;
}

if (options.GenerateInto is { } into)
{
    var set = Training.Benchmarks.Fixtures.ModuleGenerator.Generate(Path.GetFullPath(into), contentPacks: 50, codePlugins: 20, Console.Error);
    Console.WriteLine($"{set.Count} modules in {set.Directory}");
    return 0;
}

var all = BenchmarkRunner.All();
if (list)
{
    foreach (var benchmark in all)
    {
        Console.WriteLine(benchmark.Name);
    }

    return 0;
}

var unknown = options.Only.Except(all.Select(b => b.Name)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"error: no benchmark named {string.Join(", ", unknown)}. They are: {string.Join(", ", all.Select(b => b.Name))}.");
    return 2;
}

var selected = options.Only.Count == 0 ? all : all.Where(b => options.Only.Contains(b.Name)).ToList();
var startedAt = TimeProvider.System.GetUtcNow();
var loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
var watch = Stopwatch.StartNew();
var work = Path.Combine(Path.GetTempPath(), "training-benchmarks", Guid.NewGuid().ToString("N"));
IReadOnlyList<BenchmarkResult> results;
using (var context = new BenchmarkContext(options.Scale, work, Console.Error, options.Keep))
{
    results = BenchmarkRunner.Run(selected, context);
}

var machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
var report = MarkdownReport.Write(results, new RunInfo(startedAt, watch.Elapsed, options.Scale, machine, loadAverage));
if (options.Output is null)
{
    Console.Write(report);
}
else
{
    File.WriteAllText(options.Output, report);
    Console.Error.WriteLine($"Wrote {Path.GetFullPath(options.Output)} ({watch.Elapsed.TotalMinutes:0.0} min).");
}

return results.Any(r => r.Error is not null) ? 1 : 0;
