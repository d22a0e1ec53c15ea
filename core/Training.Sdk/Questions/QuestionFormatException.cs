namespace Training.Sdk.Questions;

/// <summary>
/// Thrown by <see cref="IQuestionType.Parse"/> when a question's body is not valid for the type.
/// The host turns it into a diagnostic at the body's position in the GIFT file.
/// </summary>
public sealed class QuestionFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QuestionFormatException()
    {
    }

    /// <summary>Creates the exception with a message that says what is wrong and how to fix it.</summary>
    /// <param name="message">The message.</param>
    public QuestionFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the character offset in the body where the problem is.</summary>
    /// <param name="message">The message.</param>
    /// <param name="offset">The offset of the problem within <see cref="QuestionDraft.Body"/>.</param>
    public QuestionFormatException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public QuestionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The offset of the problem within the body, when known.</summary>
    public int Offset { get; }
}
