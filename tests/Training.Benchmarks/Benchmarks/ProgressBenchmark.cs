using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Engine.Records;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Benchmarks;

/// <summary>Progress of one trainee (#4) with 10,000 trainees in the store, against a raw SQL aggregate of the same trainee's rows.</summary>
internal sealed class ProgressBenchmark : IBenchmark
{
    public string Name => "records.progress";

    public int Order => 50;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var database = context.CohortDatabase;
        using var store = SqliteLearningStore.Open(database.DataFolder);
        var records = new LearningRecords(store, database.Catalog, TimeProvider.System);
        using var raw = new RawReports(database.DatabasePath);
        var calls = context.Size(500, 200, 5);
        var random = new Random(7);
        var sample = Enumerable.Range(0, calls).Select(_ => database.Trainees[random.Next(database.Trainees.Count)]).ToList();
        var (engine, baseline) = Sampler.Compare(
            () =>
            {
                foreach (var trainee in sample)
                {
                    if (records.GetProgress(trainee).Tracks.Count != 1)
                    {
                        throw new InvalidOperationException($"Trainee {trainee} has no track progress.");
                    }
                }
            },
            () =>
            {
                foreach (var trainee in sample)
                {
                    raw.TraineeProgress(trainee);
                }
            },
            context.Warmups,
            context.Runs);

        return
        [
            new Figure(
                $"Progress of one trainee, {database.Trainees.Count:N0} trainees in the store",
                Measurement.Time(engine.Median / calls, $"LearningRecords.GetProgress (modules, lessons, quiz standings, track percent), per call, over {calls} trainees picked at random", engine.Count),
                Measurement.Time(baseline.Median / calls, "raw SQL: the trainee's lessons per module and best percent per quiz", baseline.Count),
                Goal.AtMost(5, MeasurementUnit.Milliseconds, "`progress` of one trainee under 5 ms with 10,000 trainees in the store", "#4")),
        ];
    }
}
