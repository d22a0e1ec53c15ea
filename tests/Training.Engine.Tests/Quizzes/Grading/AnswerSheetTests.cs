using System.Text.Json;
using Training.Engine.Quizzes.Grading;

namespace Training.Engine.Tests.Quizzes.Grading;

public sealed class AnswerSheetTests
{
    private static AnswerSheetException Reject(string sheet)
    {
        using var document = JsonDocument.Parse(sheet);
        var root = document.RootElement.Clone();
        return Assert.Throws<AnswerSheetException>(() => QuizGrader.Grade(QuizTestData.Quiz(), "fr", root))!;
    }

    [Test]
    public void Each_value_shape_is_accepted()
    {
        using var document = JsonDocument.Parse("""{ "capitale": "Lyon", "continents": ["Asie"], "plate": true, "saison": "x", "pi": 1, "pays": { "France": "Rome" }, "essai": "texte" }""");

        Assert.That(QuizGrader.Grade(QuizTestData.Quiz(), "fr", document.RootElement).Questions, Has.Count.EqualTo(7));
    }

    [Test]
    public void Missing_questions_are_unanswered()
    {
        using var document = JsonDocument.Parse("{}");

        var result = QuizGrader.Grade(QuizTestData.Quiz(), "fr", document.RootElement);

        Assert.That(result.Questions.Select(q => q.Result).Distinct(), Is.EqualTo(new[] { "incorrect" }));
        Assert.That(result.Score, Is.Zero);
    }

    [TestCase("[]")]
    [TestCase("42")]
    [TestCase("\"Paris\"")]
    public void Sheet_must_be_an_object(string sheet)
    {
        Assert.That(Reject(sheet).Message, Does.Contain("must be a JSON object"));
    }

    [Test]
    public void Unknown_question_id_is_named()
    {
        var exception = Reject("""{ "inconnue": "x" }""");

        Assert.That(exception.QuestionId, Is.EqualTo("inconnue"));
        Assert.That(exception.Message, Does.Contain("'inconnue'"));
    }

    [TestCase("""{ "capitale": 1 }""", "capitale", "the chosen choice's text")]
    [TestCase("""{ "capitale": "Londres" }""", "capitale", "'Londres' is not one of the choices")]
    [TestCase("""{ "continents": "Asie" }""", "continents", "an array of strings")]
    [TestCase("""{ "continents": [1] }""", "continents", "an array of strings")]
    [TestCase("""{ "plate": "false" }""", "plate", "true or false")]
    [TestCase("""{ "saison": 3 }""", "saison", "a string")]
    [TestCase("""{ "pi": "3.14" }""", "pi", "a number")]
    [TestCase("""{ "pays": ["Paris"] }""", "pays", "an object")]
    [TestCase("""{ "pays": { "Allemagne": "Berlin" } }""", "pays", "'Allemagne' is not an item")]
    [TestCase("""{ "essai": false }""", "essai", "a string")]
    [TestCase("""{ "intro": "x" }""", "intro", "takes no answer")]
    public void Wrong_shape_names_the_question_and_the_shape(string sheet, string id, string expected)
    {
        var exception = Reject(sheet);

        Assert.That(exception.QuestionId, Is.EqualTo(id));
        Assert.That(exception.Message, Does.Contain($"'{id}'").And.Contain(expected));
    }
}
