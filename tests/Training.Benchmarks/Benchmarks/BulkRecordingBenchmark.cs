using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Benchmarks;

/// <summary>Bulk recording (#4): <c>LearningRecords.CompleteLessons</c> (one transaction) against raw prepared inserts of the same rows in one transaction.</summary>
internal sealed class BulkRecordingBenchmark : IBenchmark
{
    public string Name => "records.bulk";

    public int Order => 41;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var completions = context.Size(20_000, 2_000, 64);
        var runs = context.Warmups + context.Runs;
        using var setup = new RecordingSetup(context.Folder("bulk"), Durability.Normal, completions * runs);
        var at = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var (engine, raw) = Sampler.Compare(
            () =>
            {
                var outcomes = setup.Records.CompleteLessons(setup.NextForEngine(completions));
                if (outcomes.Count != completions || outcomes.Any(o => !o.Recorded))
                {
                    throw new InvalidOperationException("A bulk benchmark completion recorded nothing.");
                }
            },
            () => setup.Raw.CompleteAll(setup.NextForRaw(completions), RecordsModules.Version, at),
            context.Warmups,
            context.Runs);

        return
        [
            new Figure(
                $"Bulk recording, {completions:N0} lesson completions in one call",
                Measurement.Rate(completions, engine.Median, MeasurementUnit.PerSecond, $"LearningRecords.CompleteLessons with {completions:N0} completions of enrolled trainees (one transaction; each checked and projected as a single completion is)", engine.Count),
                Measurement.Rate(completions, raw.Median, MeasurementUnit.PerSecond, "raw prepared inserts of the same rows (event + lesson_progress per completion), one transaction", raw.Count),
                Goal.RatioAtLeast(0.5, "bulk recording: at least half the raw prepared-insert rate measured in the same run", "#4"))
            {
                Note = "Fixed while measuring (from a ratio of about 0.3): completion checks scanned the trainee's lesson rows for every lesson of every track module after each completion (now an index by module and lesson), and every statement allocated new SQLite parameters (now reused).",
            }
            .ExplainMiss("What would fix it: fewer completion checks per completion (only the touched module can change), and one multi-row insert per batch of events."),
        ];
    }
}
