namespace Training.Engine.Quizzes.Grading;

/// <summary>Joins an answer's feedback and the general feedback, as the trainee reads them.</summary>
internal static class Feedback
{
    public static string? Combine(string? answerFeedback, string? generalFeedback)
    {
        var hasAnswer = !string.IsNullOrWhiteSpace(answerFeedback);
        var hasGeneral = !string.IsNullOrWhiteSpace(generalFeedback);
        return hasAnswer && hasGeneral ? answerFeedback + "\n\n" + generalFeedback
            : hasAnswer ? answerFeedback
            : hasGeneral ? generalFeedback
            : null;
    }
}
