using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;

// Usage: Training.Records.Stress DATA MODULES PREFIX COUNT
// Records COUNT actions (alternately: add trainee PREFIX-i, complete a lesson for them) and
// prints "ack N" after each one is committed. Exit 0 when all are done.
if (args.Length != 4 || !int.TryParse(args[3], out var count))
{
    Console.Error.WriteLine("usage: Training.Records.Stress DATA MODULES PREFIX COUNT");
    return 2;
}

var (data, modules, prefix) = (args[0], args[1], args[2]);
using var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions { ExtraDirectories = [modules] });
using var store = SqliteLearningStore.Open(data, SqliteStoreOptions.FromEnvironment());
var records = new LearningRecords(store, catalog, TimeProvider.System);
var output = Console.Out;
for (var action = 0; action < count; action++)
{
    var trainee = $"{prefix}-{action / 2}";
    if (action % 2 == 0)
    {
        records.AddTrainee(trainee, $"Stagiaire {trainee}");
    }
    else
    {
        records.CompleteLesson(trainee, "tests.basics", "welcome");
    }

    output.WriteLine($"ack {action}");
    output.Flush();
}

return 0;
