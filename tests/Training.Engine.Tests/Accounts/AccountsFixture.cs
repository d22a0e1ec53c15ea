using Microsoft.AspNetCore.Identity;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Engine.Tests.Accounts;

/// <summary>A real SQLite store with accounts over it (default hasher unless options are given).</summary>
internal sealed class AccountsFixture : IDisposable
{
    public const string Password = "correct horse battery";

    public AccountsFixture()
    {
        Store = SqliteLearningStore.Open(Folder.Path, new SqliteStoreOptions { Time = Clock });
        Catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions());
        Records = new LearningRecords(Store, Catalog, Clock);
    }

    public TempDirectory Folder { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public SqliteLearningStore Store { get; }

    public ModuleCatalog Catalog { get; }

    public LearningRecords Records { get; }

    /// <summary>Accounts with few hashing iterations, to keep tests fast (the format is the current one).</summary>
    public UserAccounts Accounts() => new(Store, Clock, new PasswordHasherOptions { IterationCount = 1000 });

    /// <summary>Accounts with the given hasher options, or the production defaults when null.</summary>
    public UserAccounts Accounts(PasswordHasherOptions? options) => new(Store, Clock, options);

    /// <summary>The engine's access over this store, with <see cref="Accounts()"/>.</summary>
    public TrainingAccess Access() => new(Records, new CohortService(Records), Accounts());

    public string StoredHash(string userName) => Store.Read(reader => reader.FindUser(userName))!.PasswordHash;

    public void Dispose()
    {
        Store.Dispose();
        Catalog.Dispose();
        Folder.Dispose();
    }
}
