using System.Text.Json;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Grading;

/// <summary>
/// Grades an answer sheet, a JSON object <c>{ "questionId": value }</c>, against a quiz. A missing
/// (or null) answer is unanswered: incorrect, 0 points.
/// </summary>
public static class QuizGrader
{
    /// <summary>Grades a sheet with the built-in question types only.</summary>
    /// <param name="quiz">The quiz.</param>
    /// <param name="language">The language the trainee answered in (its questions are graded).</param>
    /// <param name="sheet">The answer sheet.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="AnswerSheetException">The sheet is malformed.</exception>
    public static QuizGradeResult Grade(Quiz quiz, string language, JsonElement sheet) =>
        Grade(quiz, language, sheet, QuestionTypeRegistry.BuiltInOnly);

    /// <summary>Grades a sheet.</summary>
    /// <param name="quiz">The quiz.</param>
    /// <param name="language">The language the trainee answered in (its questions are graded).</param>
    /// <param name="sheet">The answer sheet.</param>
    /// <param name="types">The question types, for plugin questions.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="AnswerSheetException">The sheet is malformed.</exception>
    /// <exception cref="KeyNotFoundException">A question's type is not registered.</exception>
    public static QuizGradeResult Grade(Quiz quiz, string language, JsonElement sheet, QuestionTypeRegistry types)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(types);
        var questions = quiz.GetQuestions(language);
        var answers = ReadSheet(sheet, questions);
        var results = new List<QuestionGradeResult>(questions.Count);
        double score = 0, maxScore = 0;
        var pending = false;
        foreach (var question in questions)
        {
            var answered = answers.TryGetValue(question.Id, out var value) && value.ValueKind != JsonValueKind.Null;
            if (question is DescriptionQuestion)
            {
                if (answered)
                {
                    // Reading the answer throws the "takes no answer" error.
                    GradeOne(question, value, types);
                }

                continue;
            }

            var points = quiz.Settings.PointsFor(question.Id);
            var grade = answered ? GradeOne(question, value, types) : QuestionGrade.FromFraction(0);
            pending |= grade.Outcome == GradeOutcome.Pending;
            var earned = grade.Outcome == GradeOutcome.Pending ? 0 : Math.Round(grade.Fraction * points, 6);
            score += earned;
            maxScore += points;
            results.Add(new QuestionGradeResult(question.Id, earned, points, GradeResults.Of(grade.Outcome), Feedback.Combine(grade.Feedback, question.GeneralFeedback)));
        }

        // An empty quiz has nothing to fail.
        var ratio = maxScore > 0 ? score / maxScore : 1;
        var percent = Math.Round(ratio * 100, 2, MidpointRounding.AwayFromZero);
        var passed = !pending && ratio >= quiz.Settings.PassMark - 1e-9;
        return new QuizGradeResult(Math.Round(score, 6), maxScore, percent, passed, results);
    }

    private static QuestionGrade GradeOne(Question question, JsonElement value, QuestionTypeRegistry types)
    {
        var type = types.Get(question.Type);
        object answer;
        try
        {
            answer = type.ReadAnswer(question, value);
        }
        catch (AnswerFormatException exception)
        {
            throw new AnswerSheetException(
                question.Id,
                $"The answer to question '{question.Id}' ({question.Type}) is invalid: {exception.Message} Expected {type.AnswerFormat}.",
                exception);
        }

        return type.Grade(question, answer);
    }

    private static Dictionary<string, JsonElement> ReadSheet(JsonElement sheet, IReadOnlyList<Question> questions)
    {
        if (sheet.ValueKind != JsonValueKind.Object)
        {
            throw new AnswerSheetException($"An answer sheet must be a JSON object {{ \"questionId\": answer }}, got a JSON {sheet.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            known.Add(question.Id);
        }

        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in sheet.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new AnswerSheetException(property.Name, $"The answer sheet answers question '{property.Name}', which this quiz does not have. Known ids: {string.Join(", ", known)}.", null);
            }

            if (!answers.TryAdd(property.Name, property.Value))
            {
                throw new AnswerSheetException(property.Name, $"The answer sheet answers question '{property.Name}' twice.", null);
            }
        }

        return answers;
    }
}
