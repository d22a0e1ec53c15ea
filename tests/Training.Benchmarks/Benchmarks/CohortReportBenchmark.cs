using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Engine.Cohorts;
using Training.Engine.Records;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Benchmarks;

/// <summary>The cohort report (#6) for 10,000 trainees x 40 items, against a raw SQL aggregate on the same database.</summary>
internal sealed class CohortReportBenchmark : IBenchmark
{
    public string Name => "reports.cohort";

    public int Order => 60;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var database = context.CohortDatabase;
        using var store = SqliteLearningStore.Open(database.DataFolder);
        var cohorts = new CohortService(new LearningRecords(store, database.Catalog, TimeProvider.System));
        using var raw = new RawReports(database.DatabasePath);
        var (engine, baseline) = Sampler.Compare(
            () =>
            {
                if (cohorts.Report(CohortDatabase.CohortId).Trainees.Count != database.Trainees.Count)
                {
                    throw new InvalidOperationException("The cohort report misses trainees.");
                }
            },
            () => raw.CohortProgress(CohortDatabase.CohortId),
            context.Warmups,
            context.Runs);

        return
        [
            new Figure(
                $"Cohort report, {database.Trainees.Count:N0} trainees x {RecordsModules.ItemsPerTrack} items",
                Measurement.Time(engine.Median, "CohortService.Report: members, per-module aggregate (lessons, quiz grading methods and pass marks, resets), statuses, percents", engine.Count),
                Measurement.Time(baseline.Median, "raw SQL: members, lessons done per trainee and module, best percent per trainee and quiz", baseline.Count),
                Goal.RatioAtMost(1.5, "Cohort report for 10,000 trainees x 40 items within 1.5x of the raw SQL aggregate measured in the same run", "#6"))
            {
                Note = "Fixed while measuring: the aggregate was one SQL statement that grouped the members' joined rows through temporary B-trees and checked each row's item and reset in SQL (2.4 to 2.65 times the baseline). It is now three indexed scans whose rows are aggregated as they are read, text columns compared as UTF-8 bytes in place (a data reader made a string of every id of every row): the engine's rules — resets, the track's items only, each quiz's grading method and pass mark, graded attempts only — cost about what the baseline's GROUP BY does.",
            },
        ];
    }
}
