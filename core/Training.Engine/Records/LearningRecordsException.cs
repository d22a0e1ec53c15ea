namespace Training.Engine.Records;

/// <summary>
/// The one exception <see cref="LearningRecords"/> throws when it refuses an action. Its message says
/// what is wrong and how to fix it; nothing is recorded when it is thrown.
/// </summary>
public sealed class LearningRecordsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LearningRecordsException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public LearningRecordsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public LearningRecordsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its kind.</summary>
    /// <param name="kind">The kind of refusal.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LearningRecordsException(LearningRecordsErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>The kind of refusal.</summary>
    public LearningRecordsErrorKind Kind { get; } = LearningRecordsErrorKind.Invalid;

    internal static LearningRecordsException NotFound(string message) => new(LearningRecordsErrorKind.NotFound, message);

    internal static LearningRecordsException Invalid(string message) => new(LearningRecordsErrorKind.Invalid, message);

    internal static LearningRecordsException Refused(string message) => new(LearningRecordsErrorKind.Refused, message);

    internal static LearningRecordsException Conflict(string message) => new(LearningRecordsErrorKind.Conflict, message);
}
