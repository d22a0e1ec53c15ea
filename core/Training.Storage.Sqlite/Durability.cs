namespace Training.Storage.Sqlite;

/// <summary>What a committed action survives. Both modes survive a killed process; they differ on power loss.</summary>
public enum Durability
{
    /// <summary>
    /// <c>synchronous=NORMAL</c> in WAL mode, the default: a committed action survives a crash of the
    /// process; after a power loss or OS crash the last few commits may be rolled back (never corrupted).
    /// </summary>
    Normal,

    /// <summary><c>synchronous=FULL</c>: every commit is flushed to disk before it is acknowledged, so it also survives a power loss. Several times slower per action.</summary>
    Full,
}
