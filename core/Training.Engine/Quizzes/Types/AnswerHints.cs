namespace Training.Engine.Quizzes.Types;

/// <summary>The short instructions shown with each built-in type, in French (default) and English.</summary>
internal static class AnswerHints
{
    public static string For(string typeId, string language)
    {
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        return typeId switch
        {
            Sdk.Questions.QuestionTypeIds.SingleChoice => english ? "Choose one answer." : "Choisissez une réponse.",
            Sdk.Questions.QuestionTypeIds.MultipleChoice => english ? "Choose one or more answers." : "Choisissez une ou plusieurs réponses.",
            Sdk.Questions.QuestionTypeIds.TrueFalse => english ? "Answer true or false." : "Répondez vrai ou faux.",
            Sdk.Questions.QuestionTypeIds.ShortAnswer => english ? "Type your answer." : "Saisissez votre réponse.",
            Sdk.Questions.QuestionTypeIds.Numerical => english ? "Type a number (use a dot for decimals)." : "Saisissez un nombre (avec un point décimal).",
            Sdk.Questions.QuestionTypeIds.Matching => english ? "Match each item with an answer." : "Associez chaque élément à une réponse.",
            Sdk.Questions.QuestionTypeIds.Essay => english ? "Write your answer; a coordinator will grade it." : "Rédigez votre réponse ; un coordinateur la notera.",
            _ => string.Empty,
        };
    }
}
