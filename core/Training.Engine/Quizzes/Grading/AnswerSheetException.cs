namespace Training.Engine.Quizzes.Grading;

/// <summary>
/// Thrown when an answer sheet is malformed: not a JSON object, an unknown question id, or a
/// value of the wrong shape. The message names the question and the expected shape.
/// </summary>
public sealed class AnswerSheetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnswerSheetException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public AnswerSheetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AnswerSheetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one question.</summary>
    /// <param name="questionId">The question whose answer is wrong.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AnswerSheetException(string questionId, string message, Exception? innerException)
        : base(message, innerException)
    {
        QuestionId = questionId;
    }

    /// <summary>The question concerned, when the problem is one question's answer.</summary>
    public string? QuestionId { get; }
}
