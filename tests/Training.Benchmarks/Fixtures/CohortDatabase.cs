using System.Diagnostics;
using Training.Engine.Modules;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// A records database with one cohort of N trainees (10,000 at full scale) following the 40-item
/// benchmark track, at every stage of progress: lessons done, quizzes attempted once or twice,
/// modules completed. Seeded once and shared by the progress and cohort-report benchmarks.
/// </summary>
internal sealed class CohortDatabase : IDisposable
{
    public const string CohortId = "bench-cohort";

    private CohortDatabase(string dataFolder, ModuleCatalog catalog, IReadOnlyList<string> trainees)
    {
        DataFolder = dataFolder;
        Catalog = catalog;
        Trainees = trainees;
    }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, SqliteStoreOptions.DatabaseFileName);

    public ModuleCatalog Catalog { get; }

    public IReadOnlyList<string> Trainees { get; }

    public static CohortDatabase Create(string folder, int trainees, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var catalog = RecordsModules.Create(Path.Combine(folder, "modules"));
        var data = Path.Combine(folder, "data");
        SqliteLearningStore.Open(data).Dispose();
        var random = new Random(42);
        var ids = new List<string>(trainees);
        using (var seeder = new RecordsSeeder(Path.Combine(data, SqliteStoreOptions.DatabaseFileName), TimeProvider.System.GetUtcNow()))
        {
            seeder.Cohort(CohortId, RecordsModules.TrackId);
            for (var t = 0; t < trainees; t++)
            {
                var id = $"c{t:000000}";
                ids.Add(id);
                seeder.Trainee(id, RecordsModules.TrackId, CohortId);
                var progress = random.NextDouble();
                for (var m = 1; m <= RecordsModules.Modules; m++)
                {
                    var module = RecordsModules.ModuleId(m);

                    // Earlier modules further along, as trainees go through a track in order.
                    var reach = Math.Clamp((progress * RecordsModules.Modules) - (m - 1), 0, 1);
                    var lessons = (int)Math.Round(reach * RecordsModules.LessonsPerModule);
                    for (var l = 1; l <= lessons; l++)
                    {
                        seeder.LessonCompleted(id, module, RecordsModules.LessonId(l), RecordsModules.Version);
                    }

                    var passed = 0;
                    if (lessons == RecordsModules.LessonsPerModule)
                    {
                        for (var q = 1; q <= RecordsModules.QuizzesPerModule; q++)
                        {
                            var attempts = random.Next(1, 3);
                            var best = 0.0;
                            for (var a = 1; a <= attempts; a++)
                            {
                                var score = random.Next(0, 3);
                                best = Math.Max(best, score);
                                seeder.Attempt(id, module, RecordsModules.QuizId(q), RecordsModules.Version, a, score, 2);
                            }

                            passed += best >= 2 ? 1 : 0;
                        }
                    }

                    if (passed == RecordsModules.QuizzesPerModule)
                    {
                        seeder.ModuleCompleted(id, module, RecordsModules.Version);
                    }
                }
            }

            seeder.Commit();
        }

        log.WriteLine($"  seeded {trainees:N0} trainees x {RecordsModules.ItemsPerTrack} items in {watch.Elapsed.TotalSeconds:F1} s");
        return new CohortDatabase(data, catalog, ids);
    }

    public void Dispose() => Catalog.Dispose();
}
