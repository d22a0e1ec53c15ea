namespace Training.Engine.Records.Storage;

/// <summary>
/// Where learning records live (SQLite by default; another database can implement it without any
/// engine change). All access goes through units of work: <see cref="Write{T}"/> runs in one
/// write transaction that is committed before it returns, so an action the caller acknowledges is
/// durable; a work that throws leaves nothing behind.
/// </summary>
public interface ILearningStore : IDisposable
{
    /// <summary>Runs a read-only unit of work on a consistent snapshot.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>The work's result.</returns>
    T Read<T>(Func<ILearningReader, T> work);

    /// <summary>
    /// Runs a unit of work in one write transaction and commits it. The store may run
    /// <paramref name="work"/> again when the database was busy, so the work must not have side
    /// effects outside the store other than idempotent ones.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work; throwing rolls everything back.</param>
    /// <returns>The work's result, once committed.</returns>
    T Write<T>(Func<ILearningWriter, T> work);
}
