using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Content;

namespace Training.Engine.Tests.Quizzes.Grading;

public sealed class QuizGraderTests
{
    private static QuizGradeResult Grade(string sheet, QuizSettings? settings = null)
    {
        using var document = JsonDocument.Parse(sheet);
        return QuizGrader.Grade(QuizTestData.Quiz(settings), "fr", document.RootElement);
    }

    private static QuestionGradeResult Question(string sheet, string id) => Grade(sheet).Questions.Single(q => q.Id == id);

    [Test]
    public void The_quiz_parses_cleanly()
    {
        Assert.That(QuizTestData.Quiz().Questions, Has.Count.EqualTo(8));
    }

    [TestCase("\"Paris\"", 1, "correct", "Bravo\n\nParis est la capitale depuis longtemps.")]
    [TestCase("\"Lyon\"", 0, "incorrect", "Non, c'est Paris.\n\nParis est la capitale depuis longtemps.")]
    [TestCase("null", 0, "incorrect", "Paris est la capitale depuis longtemps.")]
    public void Single_choice(string answer, double score, string result, string feedback)
    {
        var graded = Question($$"""{ "capitale": {{answer}} }""", "capitale");

        Assert.That((graded.Score, graded.Result, graded.Feedback), Is.EqualTo((score, result, feedback)));
    }

    [TestCase("[\"Afrique\", \"Asie\"]", 1, "correct")]
    [TestCase("[\"Afrique\"]", 0.5, "partial")]
    [TestCase("[\"Afrique\", \"Chine\"]", 0, "incorrect")]
    [TestCase("[\"Afrique\", \"Asie\", \"Chine\"]", 0, "incorrect")]
    [TestCase("[]", 0, "incorrect")]
    public void Multiple_choice_sums_and_clamps(string answer, double score, string result)
    {
        var graded = Question($$"""{ "continents": {{answer}} }""", "continents");

        Assert.That((graded.Score, graded.Result), Is.EqualTo((score, result)));
    }

    [TestCase("false", 1, "Exact.")]
    [TestCase("true", 0, "Non, elle est ronde.")]
    public void True_false(string answer, double score, string feedback)
    {
        var graded = Question($$"""{ "plate": {{answer}} }""", "plate");

        Assert.That((graded.Score, graded.Feedback), Is.EqualTo((score, feedback)));
    }

    [TestCase("été", 1)]
    [TestCase("  ÉTÉ ", 1)]
    [TestCase("e\u0301te\u0301", 1)]
    [TestCase("ete", 0.5)]
    [TestCase("hiver", 0)]
    public void Short_answer_is_trimmed_case_insensitive_and_accent_exact(string answer, double score)
    {
        Assert.That(Question(JsonSerializer.Serialize(new Dictionary<string, string> { ["saison"] = answer }), "saison").Score, Is.EqualTo(score));
    }

    [TestCase(3.14, 1, "Bien")]
    [TestCase(3.15, 1, "Bien")]
    [TestCase(3.13, 1, "Bien")]
    [TestCase(3.16, 0.5, "Approximatif")]
    [TestCase(2.5, 0.5, "Approximatif")]
    [TestCase(42, 0, "Non")]
    public void Numerical_first_matching_answer_wins(double answer, double score, string feedback)
    {
        var graded = Question($$"""{ "pi": {{answer.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""", "pi");

        Assert.That((graded.Score, graded.Feedback), Is.EqualTo((score, feedback)));
    }

    [TestCase("""{ "France": "Paris", "Italie": "Rome", "Espagne": "Madrid" }""", 1)]
    [TestCase("""{ "France": "Paris", "Italie": "Berlin", "Espagne": "Madrid" }""", 2.0 / 3)]
    [TestCase("""{ "France": "Paris" }""", 1.0 / 3)]
    [TestCase("""{}""", 0)]
    public void Matching_gives_a_share_per_real_pair(string answer, double score)
    {
        Assert.That(Question($$"""{ "pays": {{answer}} }""", "pays").Score, Is.EqualTo(score).Within(1e-6));
    }

    [Test]
    public void Essay_is_pending_and_blocks_passing()
    {
        var result = Grade("""{ "capitale": "Paris", "continents": ["Afrique", "Asie"], "plate": false, "saison": "été", "pi": 3.14, "pays": { "France": "Paris", "Italie": "Rome", "Espagne": "Madrid" }, "essai": "Ma région..." }""");

        Assert.That(result.Questions.Single(q => q.Id == "essai").Result, Is.EqualTo("pending"));
        Assert.That((result.Score, result.MaxScore, result.Percent, result.Passed), Is.EqualTo((6.0, 7.0, 85.71, false)));
    }

    [Test]
    public void Description_is_not_listed_and_points_come_from_settings()
    {
        var settings = QuizSettings.Default with { PassMark = 0.5, QuestionPoints = new Dictionary<string, double> { ["capitale"] = 4 } };

        var result = Grade("""{ "capitale": "Paris" }""", settings);

        Assert.That(result.Questions.Select(q => q.Id), Does.Not.Contain("intro"));
        Assert.That((result.Score, result.MaxScore, result.Percent, result.Passed), Is.EqualTo((4.0, 10.0, 40.0, false)));
    }

    [Test]
    public void Passed_uses_the_pass_mark()
    {
        var settings = QuizSettings.Default with { PassMark = 0.5, QuestionPoints = new Dictionary<string, double> { ["essai"] = 0 } };
        var sheet = """{ "capitale": "Paris", "continents": ["Afrique", "Asie"], "plate": false }""";

        using var document = JsonDocument.Parse(sheet);
        var result = QuizGrader.Grade(QuizTestData.Quiz(settings), "fr", document.RootElement);

        Assert.That((result.Percent, result.Passed), Is.EqualTo((50.0, true)));
    }

    [Test]
    public void Result_serializes_to_the_public_contract()
    {
        var json = JsonSerializer.Serialize(Grade("""{ "capitale": "Paris" }"""));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "score", "maxScore", "percent", "passed", "questions" }));
        Assert.That(root.GetProperty("questions")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "score", "maxScore", "result", "feedback" }));
        Assert.That(root.GetProperty("questions")[0].GetProperty("result").GetString(), Is.EqualTo("correct"));
    }
}
