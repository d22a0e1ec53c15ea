namespace Training.Sdk.Questions;

/// <summary>
/// Thrown by <see cref="IQuestionType.ReadAnswer"/> when an answer does not have the shape the
/// type documents in <see cref="IQuestionType.AnswerFormat"/>.
/// </summary>
public sealed class AnswerFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnswerFormatException()
    {
    }

    /// <summary>Creates the exception with a message that says which shape was expected.</summary>
    /// <param name="message">The message.</param>
    public AnswerFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AnswerFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
