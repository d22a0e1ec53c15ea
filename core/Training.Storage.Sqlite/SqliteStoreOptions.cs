namespace Training.Storage.Sqlite;

/// <summary>How the SQLite store opens its database.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The environment variable read by <see cref="FromEnvironment"/>: <c>normal</c> (default) or <c>full</c>.</summary>
    public const string DurabilityVariable = "TRAINING_DURABILITY";

    /// <summary>The database file name inside the data folder.</summary>
    public const string DatabaseFileName = "training.db";

    /// <summary>What a commit survives.</summary>
    public Durability Durability { get; init; } = Durability.Normal;

    /// <summary>How long a connection waits for another writer before SQLite reports it busy.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a unit of work is retried when the database stays busy or locked anyway.</summary>
    public int BusyRetries { get; init; } = 5;

    /// <summary>The clock used to stamp applied migrations and backups, and to name the records a restore keeps aside.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Default options, with <see cref="Durability"/> from <c>TRAINING_DURABILITY</c>.</summary>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The variable holds something other than <c>normal</c> or <c>full</c>.</exception>
    public static SqliteStoreOptions FromEnvironment() => new() { Durability = ParseDurability(Environment.GetEnvironmentVariable(DurabilityVariable)) };

    /// <summary>Reads a durability setting: <c>normal</c> or <c>full</c>, any case; empty means normal.</summary>
    /// <param name="text">The setting.</param>
    /// <returns>The durability.</returns>
    /// <exception cref="ArgumentException">Anything else.</exception>
    public static Durability ParseDurability(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "normal" => Durability.Normal,
        "full" => Durability.Full,
        _ => throw new ArgumentException($"{DurabilityVariable} must be 'normal' or 'full', not '{text}'.", nameof(text)),
    };
}
