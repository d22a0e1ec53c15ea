using System.Diagnostics;
using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Engine.Records;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Benchmarks;

/// <summary>Item analysis (#6) of 100,000 attempts x 20 questions, against reading the same scores with raw SQL.</summary>
internal sealed class ItemAnalysisBenchmark : IBenchmark
{
    public string Name => "reports.items";

    public int Order => 70;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var attempts = context.Size(100_000, 10_000, 50);
        var folder = context.Folder("items");
        using var catalog = RecordsModules.Create(Path.Combine(folder, "modules"));
        var data = Path.Combine(folder, "data");
        Seed(data, attempts, context.Log);
        using var store = SqliteLearningStore.Open(data);
        var records = new LearningRecords(store, catalog, TimeProvider.System);
        using var raw = new RawReports(Path.Combine(data, SqliteStoreOptions.DatabaseFileName));
        var (engine, baseline) = Sampler.Compare(
            () =>
            {
                var report = records.AnalyzeItems(RecordsModules.ItemsModule, RecordsModules.ItemsQuiz);
                if (report.Attempts != attempts || report.Questions.Count != RecordsModules.ItemQuestions)
                {
                    throw new InvalidOperationException($"Item analysis saw {report.Attempts} attempts and {report.Questions.Count} questions.");
                }
            },
            () => raw.FirstAttemptScores(RecordsModules.ItemsModule, RecordsModules.ItemsQuiz),
            context.Warmups,
            context.Runs);

        return
        [
            new Figure(
                $"Item analysis, {attempts:N0} attempts x {RecordsModules.ItemQuestions} questions",
                Measurement.Time(engine.Median, "LearningRecords.AnalyzeItems: each trainee's first attempt streamed from SQLite into facility, SD, discrimination and flags per question", engine.Count),
                Measurement.Time(baseline.Median, "raw SQL reading the same first attempts' scores", baseline.Count),
                Goal.AtMost(1000, MeasurementUnit.Milliseconds, "item analysis of 100,000 attempts x 20 questions in under 1 second", "#6"))
            {
                Note = "Fixed while measuring: the scan read each row's scores through GetBytes, which opens an incremental blob handle per call; reading the blob whole made the analysis 3 to 4 times faster.",
            },
        ];
    }

    private static void Seed(string data, int attempts, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        SqliteLearningStore.Open(data).Dispose();
        var random = new Random(11);
        using var seeder = new RecordsSeeder(Path.Combine(data, SqliteStoreOptions.DatabaseFileName), TimeProvider.System.GetUtcNow());
        var layout = seeder.Layout(RecordsModules.ItemsModule, RecordsModules.ItemsQuiz, RecordsModules.Version, RecordsSeeder.Results(random, RecordsModules.ItemQuestions, 1));
        for (var t = 0; t < attempts; t++)
        {
            var trainee = $"a{t:0000000}";
            seeder.Trainee(trainee);
            var results = RecordsSeeder.Results(random, RecordsModules.ItemQuestions, random.NextDouble());
            var score = results.Sum(r => r.Score);
            var id = seeder.Attempt(trainee, RecordsModules.ItemsModule, RecordsModules.ItemsQuiz, RecordsModules.Version, 1, score, RecordsModules.ItemQuestions);
            seeder.Results(id, trainee, RecordsModules.ItemsModule, RecordsModules.ItemsQuiz, layout, results);
        }

        seeder.Commit();
        log.WriteLine($"  seeded {attempts:N0} attempts x {RecordsModules.ItemQuestions} questions in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
