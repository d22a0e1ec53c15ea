namespace Training.Engine.Quizzes;

/// <summary>
/// Thrown by <see cref="QuestionTypeRegistry.Register"/> when a type cannot be registered; the
/// message says why, and <see cref="TypeId"/> lets a host turn it into a diagnostic.
/// </summary>
public sealed class QuestionTypeRegistrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QuestionTypeRegistrationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public QuestionTypeRegistrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public QuestionTypeRegistrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a type id.</summary>
    /// <param name="typeId">The rejected id.</param>
    /// <param name="message">What is wrong.</param>
    public QuestionTypeRegistrationException(string? typeId, string message)
        : base(message)
    {
        TypeId = typeId;
    }

    /// <summary>The rejected type id, when known.</summary>
    public string? TypeId { get; }
}
