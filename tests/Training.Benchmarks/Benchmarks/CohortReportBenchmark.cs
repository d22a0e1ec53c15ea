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
                .ExplainMiss("Why: the report's aggregate applies the engine's rules the raw one skips — progress before a module's reset does not count, only the track's lessons and quizzes count, each quiz is graded by its own method (highest, first, last, average) and pass mark over graded attempts, and completion comes from the statuses — so it reads every lesson and attempt row of the members with their ids, where the raw query lets SQLite count them. Fixed while measuring: the aggregate was one SQL statement grouping through temporary B-trees with a per-row item and reset check (2.4–2.65 times the baseline); it is now three indexed scans aggregated as they stream (about 1.8 times). What would fix the rest: a per-(trainee, module) projection maintained in the same transaction as each action (lessons done, quizzes passed), so the report reads 4 rows per trainee instead of all their lessons and attempts."),
        ];
    }
}
