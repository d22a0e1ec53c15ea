using System.Text.Json;
using Training.Engine.Quizzes.Presentation;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Quizzes.Presentation;

public sealed class QuizPresenterTests
{
    [Test]
    public void Presentations_never_leak_keys_fractions_or_feedback()
    {
        var quiz = QuizTestData.Quiz();
        var json = JsonSerializer.Serialize(QuizPresenter.Present(quiz, "fr", 7));

        foreach (var secret in new[]
        {
            "Bravo", "Non, c'est Paris", "Paris est la capitale depuis longtemps", "Oui", "Non, un pays", "Exact", "Non, elle est ronde",
            "été", "Attention aux accents", "3.14", "Bien", "Approximatif", "fraction", "Fraction", "Feedback", "feedback", "France -\u003E",
        })
        {
            Assert.That(json, Does.Not.Contain(secret), secret);
        }
    }

    [Test]
    public void Matching_options_are_sorted_without_a_seed()
    {
        var matching = QuizPresenter.Present(QuizTestData.Quiz(), "en").Single(p => p.Type == QuestionTypeIds.Matching);

        Assert.That(matching.Prompts, Is.EqualTo(new[] { "France", "Italie", "Espagne" }));
        Assert.That(matching.Options, Is.EqualTo(new[] { "Berlin", "Madrid", "Paris", "Rome" }));
        Assert.That(matching.AnswerHint, Is.EqualTo("Match each item with an answer."));
    }

    [Test]
    public void Shuffle_is_deterministic_and_only_when_the_quiz_asks()
    {
        var shuffled = QuizTestData.Quiz(QuizSettings.Default with { Shuffle = true });
        var ids = Enumerable.Range(0, 20).Select(seed => string.Join(",", QuizPresenter.Present(shuffled, "fr", seed).Select(p => p.Id))).ToList();

        Assert.That(string.Join(",", QuizPresenter.Present(shuffled, "fr", 3).Select(p => p.Id)), Is.EqualTo(ids[3]));
        Assert.That(ids.Distinct().Count(), Is.GreaterThan(10));
        Assert.That(QuizPresenter.Present(QuizTestData.Quiz(), "fr", 3).Select(p => p.Id), Is.EqualTo(QuizTestData.Quiz().Questions.Select(q => q.Id)));
        var choices = QuizPresenter.Present(shuffled, "fr", 5).Single(p => p.Id == "capitale").Options;
        Assert.That(choices, Is.EquivalentTo(new[] { "Paris", "Lyon", "Marseille" }));
    }
}
