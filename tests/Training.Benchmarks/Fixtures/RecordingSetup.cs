using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// Two databases with the same enrolled trainees: one behind the engine (<see cref="LearningRecords"/>
/// over <see cref="SqliteLearningStore"/>), one for the raw baseline; and the lesson completions to
/// record, each (trainee, lesson) used once so every action records something.
/// </summary>
internal sealed class RecordingSetup : IDisposable
{
    private readonly ModuleCatalog _catalog;
    private readonly SqliteLearningStore _store;
    private readonly Queue<(string TraineeId, string ModuleId, string LessonId)> _engineWork = new();
    private readonly Queue<(string TraineeId, string ModuleId, string LessonId)> _rawWork = new();

    public RecordingSetup(string folder, Durability durability, int completions)
    {
        var lessonsPerTrainee = RecordsModules.Modules * RecordsModules.LessonsPerModule;
        var trainees = (completions + lessonsPerTrainee - 1) / lessonsPerTrainee;
        _catalog = RecordsModules.Create(Path.Combine(folder, "modules"));
        var engineFolder = Path.Combine(folder, "engine");
        var rawFolder = Path.Combine(folder, "raw");
        var now = TimeProvider.System.GetUtcNow();
        foreach (var data in new[] { engineFolder, rawFolder })
        {
            // The store creates the schema; the same trainees, enrolled, go into both.
            SqliteLearningStore.Open(data).Dispose();
            using var seeder = new RecordsSeeder(Path.Combine(data, SqliteStoreOptions.DatabaseFileName), now);
            for (var t = 0; t < trainees; t++)
            {
                seeder.Trainee(TraineeId(t), RecordsModules.TrackId);
            }

            seeder.Commit();
        }

        for (var t = 0; t < trainees; t++)
        {
            for (var m = 1; m <= RecordsModules.Modules; m++)
            {
                for (var l = 1; l <= RecordsModules.LessonsPerModule; l++)
                {
                    var item = (TraineeId(t), RecordsModules.ModuleId(m), RecordsModules.LessonId(l));
                    _engineWork.Enqueue(item);
                    _rawWork.Enqueue(item);
                }
            }
        }

        _store = SqliteLearningStore.Open(engineFolder, new SqliteStoreOptions { Durability = durability });
        Records = new LearningRecords(_store, _catalog, TimeProvider.System);
        Raw = new RawRecorder(Path.Combine(rawFolder, SqliteStoreOptions.DatabaseFileName), durability);
    }

    public LearningRecords Records { get; }

    public RawRecorder Raw { get; }

    public (string TraineeId, string ModuleId, string LessonId) NextForEngine() => _engineWork.Dequeue();

    public (string TraineeId, string ModuleId, string LessonId) NextForRaw() => _rawWork.Dequeue();

    public List<LessonCompletion> NextForEngine(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => _engineWork.Dequeue()).Select(w => new LessonCompletion(w.TraineeId, w.ModuleId, w.LessonId))];

    public List<(string TraineeId, string ModuleId, string LessonId)> NextForRaw(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => _rawWork.Dequeue())];

    public void Dispose()
    {
        Raw.Dispose();
        _store.Dispose();
        _catalog.Dispose();
    }

    private static string TraineeId(int index) => $"t{index:000000}";
}
