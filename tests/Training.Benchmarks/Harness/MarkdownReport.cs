using System.Globalization;
using System.Text;

namespace Training.Benchmarks.Harness;

/// <summary>Writes BENCHMARKS.md: one row per figure, then what each row measured, then the goals as the issues word them.</summary>
internal static class MarkdownReport
{
    public const string Command = "dotnet run -c Release --project tests/Training.Benchmarks -- --output BENCHMARKS.md";

    public static string Write(IReadOnlyList<BenchmarkResult> results, RunInfo run)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine("Every speed and memory goal of the project, measured against a baseline **in the same run**, so that");
        text.AppendLine("the ratio holds on a noisy shared machine even when the absolute numbers do not. This file is written");
        text.AppendLine("by one command (under 10 minutes on 2 cores); do not edit it by hand:");
        text.AppendLine();
        text.AppendLine("```sh");
        text.AppendLine(Command);
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("`--quick` runs a tenth of the sizes, `--tiny` only checks that every benchmark works, `--only NAME`");
        text.AppendLine("runs some of them (`--list` names them). Each value is the median of several runs after warm-up runs;");
        text.AppendLine("a value and its baseline are run alternately so a burst of load hits both. **Ratio = measured ÷ baseline**:");
        text.AppendLine("for times and memory lower is better, for throughputs (`/s`) higher is better.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run: {run.StartedAt:yyyy-MM-dd HH:mm} UTC, {Scale(run.Scale)}, {run.Elapsed.TotalMinutes:0.0} min in all; {run.Machine}; load average {run.LoadAverage} at the start.");
        text.AppendLine();
        text.AppendLine("| Figure | Measured | Baseline (same run) | Ratio | Goal | Result |");
        text.AppendLine("|---|---:|---|---:|---|---|");
        foreach (var result in results)
        {
            if (result.Error is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{result.Benchmark.Name}` | — | — | — | — | **failed**: {Cell(result.Error)} |");
                continue;
            }

            foreach (var figure in result.Figures)
            {
                var goal = figure.Goal is null ? "— (for information)" : $"{figure.Goal.Bound} ({figure.Goal.Source})";
                var met = figure.Met switch
                {
                    true => "met",
                    false => "**missed**",
                    null => "—",
                };
                text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(figure.Name)} | {figure.Measured.Formatted} | {figure.Baseline.Formatted}: {Cell(figure.Baseline.What)} | {figure.Ratio.ToString("0.00", CultureInfo.InvariantCulture)} | {goal} | {met} |");
            }
        }

        text.AppendLine();
        text.AppendLine("## What each row measures");
        text.AppendLine();
        foreach (var result in results.Where(r => r.Error is null))
        {
            foreach (var figure in result.Figures)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{figure.Name}** (`{result.Benchmark.Name}`): {figure.Measured.What} ({Runs(figure.Measured)}), against {figure.Baseline.What} ({Runs(figure.Baseline)}).");
                if (figure.Note is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {figure.Note}");
                }
            }
        }

        text.AppendLine();
        text.AppendLine("## The goals, as the issues word them");
        text.AppendLine();
        foreach (var goal in results.SelectMany(r => r.Figures).Select(f => f.Goal).OfType<Goal>().DistinctBy(g => (g.Wording, g.Source)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {goal.Source}: “{goal.Wording}”");
        }

        return text.ToString();
    }

    private static string Scale(BenchmarkScale scale) => scale switch
    {
        BenchmarkScale.Full => "full sizes",
        BenchmarkScale.Quick => "quick sizes (a tenth; not the goals' sizes)",
        _ => "tiny sizes (a check that the benchmarks run; the numbers mean nothing)",
    };

    private static string Runs(Measurement measurement) => measurement.Runs == 1 ? "1 run" : $"median of {measurement.Runs} runs";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
