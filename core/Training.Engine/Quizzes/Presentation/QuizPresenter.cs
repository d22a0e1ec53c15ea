using Training.Engine.Quizzes.Rules;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Presentation;

/// <summary>
/// What a trainee sees of a quiz: each question's <see cref="QuestionPresentation"/>, which never
/// holds answer keys, fractions or feedback. When the quiz shuffles and a seed is given, questions
/// and the options of built-in choice and matching questions are shuffled from it (same seed, same
/// order); otherwise the authored order is kept, and matching options are sorted.
/// </summary>
public static class QuizPresenter
{
    /// <summary>Presents a quiz with the built-in question types only.</summary>
    /// <param name="quiz">The quiz.</param>
    /// <param name="language">The trainee's language.</param>
    /// <param name="seed">The attempt's seed, or null for the authored order.</param>
    /// <returns>The presentations, in the order to show.</returns>
    public static IReadOnlyList<QuestionPresentation> Present(Quiz quiz, string language, long? seed = null) =>
        Present(quiz, language, seed, QuestionTypeRegistry.BuiltInOnly);

    /// <summary>Presents a quiz.</summary>
    /// <param name="quiz">The quiz.</param>
    /// <param name="language">The trainee's language.</param>
    /// <param name="seed">The attempt's seed, or null for the authored order.</param>
    /// <param name="types">The question types, for plugin questions.</param>
    /// <returns>The presentations, in the order to show.</returns>
    public static IReadOnlyList<QuestionPresentation> Present(Quiz quiz, string language, long? seed, QuestionTypeRegistry types)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(types);
        var questions = quiz.GetQuestions(language);
        var shuffle = quiz.Settings.Shuffle && seed is not null;
        if (shuffle)
        {
            questions = SeededShuffle.Shuffle(questions, seed!.Value);
        }

        var presentations = new List<QuestionPresentation>(questions.Count);
        foreach (var question in questions)
        {
            var presentation = types.Get(question.Type).Present(question, language);
            if (shuffle && question is ChoiceQuestion or MatchingQuestion)
            {
                presentation = presentation with { Options = SeededShuffle.Shuffle(presentation.Options, SeededShuffle.Derive(seed!.Value, question.Id)) };
            }

            presentations.Add(presentation);
        }

        return presentations;
    }
}
