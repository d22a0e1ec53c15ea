using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Turns the first error into a <see cref="QuestionFormatException"/>, for the built-in types'
/// <see cref="IQuestionType.Parse"/> whose contract is to throw. Warnings are dropped.
/// </summary>
internal sealed class ThrowingReporter : IGiftReporter
{
    /// <inheritdoc />
    public int ErrorCount => 0;

    /// <inheritdoc />
    public void Error(string code, int offset, string message, string hint) =>
        throw new QuestionFormatException($"{code}: {message} {hint}", Math.Max(0, offset));

    /// <inheritdoc />
    public void Warning(string code, int offset, string message, string hint)
    {
    }
}
