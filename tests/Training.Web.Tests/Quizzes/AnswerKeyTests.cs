using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using AngleSharp.Dom;
using Training.Engine.Modules;
using Training.Sdk.Questions;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Quizzes;

/// <summary>
/// No answer key reaches the browser before submission: for every quiz of every loaded module
/// (shipped MOPA modules with their plugin types, a sample plugin without web rendering, the test
/// modules), the page of a started attempt contains none of the question's hidden values — feedback,
/// accepted answers, numbers, map targets — found by walking the parsed question objects.
/// </summary>
public sealed class AnswerKeyTests
{
    private const string Password = "correct-horse-battery";
    private static readonly string[] s_visibleMembers = ["Id", "Type", "Title", "Text", "Format", "Tags", "Category", "EqualityContract"];

    private WebApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = SharedHost.App;
        // One trainee per language: a resumed attempt keeps the language it was started in.
        _app.AddTrainee("keys-fr", Password);
        _app.AddTrainee("keys-en", Password);
    }

    public static IEnumerable<TestCaseData> Quizzes()
    {
        // The cases are named by id only; the quiz objects come from the host's own catalog in the test.
        string[] modules = ["mopa.social-networks", "mopa.blogs", "mopa.maps", "mopa.e-booking", "samples.ordering", "tests.first-steps"];
        foreach (var module in modules)
        {
            foreach (var language in new[] { "fr", "en" })
            {
                yield return new TestCaseData(module, language).SetName($"{{m}}({module}, {language})");
            }
        }
    }

    [TestCaseSource(nameof(Quizzes))]
    public async Task Quiz_page_before_submission_holds_no_answer_key(string moduleId, string language)
    {
        var module = _app.Platform.Catalog.FindLoaded(moduleId) ?? throw new AssertionException($"{moduleId} did not load");
        Assert.That(module.Quizzes, Is.Not.Empty);
        using var client = _app.Client();
        await client.SignIn("keys-" + language, Password);
        await client.Post("/account/language", [new("lang", language), new("returnUrl", "/learn")], tokenFrom: "/learn");

        foreach (var quiz in module.Quizzes)
        {
            var url = $"/learn/modules/{moduleId}/quizzes/{quiz.Id}";
            var page = await client.Post(url + "?handler=start", [], tokenFrom: url);
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);

            var questions = quiz.GetQuestions(language);
            Assert.That(page.Document.QuerySelectorAll("fieldset.question"), Has.Length.EqualTo(questions.Count));
            foreach (var question in questions)
            {
                var presentation = _app.Platform.Catalog.QuestionTypes.Get(question.Type).Present(question, language);
                var fieldset = page.Document.QuerySelectorAll("fieldset.question").Single(f => f.GetAttribute("data-question") == question.Id);
                var seen = Visible(fieldset);
                foreach (var secret in Secrets(question, presentation))
                {
                    // Another question's text may quote this one's answer; this question's own area must not.
                    Assert.That(seen, Does.Not.Contain(secret), $"{moduleId}/{quiz.Id} question '{question.Id}' ({question.Type}) shows '{secret}' before submission");
                }

                AssertChoicesLookAlike(page.Document, question);
            }
        }
    }

    [Test]
    public async Task Every_question_type_is_rendered_and_plugin_types_render_themselves()
    {
        using var client = _app.Client();
        await client.SignIn("keys-fr", Password);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var module in _app.Platform.Catalog.Modules.Where(m => m.Status == ModuleStatus.Loaded))
        {
            foreach (var quiz in module.Quizzes)
            {
                var url = $"/learn/modules/{module.Id}/quizzes/{quiz.Id}";
                var page = await client.Post(url + "?handler=start", [], tokenFrom: url);
                foreach (var fieldset in page.Document.QuerySelectorAll("fieldset.question"))
                {
                    types.TryAdd(fieldset.GetAttribute("data-question-type")!, fieldset.InnerHtml);
                }
            }
        }

        // Essay and description are rendered too (see _Question.cshtml) but no shipped quiz uses them.
        Assert.That(types.Keys, Is.SupersetOf(QuestionTypeIds.BuiltIn.Where(t => t is not QuestionTypeIds.Essay and not QuestionTypeIds.Description)));
        Assert.That(types.Keys, Is.SupersetOf(new[] { "mopa.map-point", "mopa.net-rate", "mopa.overbooking-night", "mopa.page-username", "samples.ordering" }));
        Assert.That(types["mopa.map-point"], Does.Contain("data-map-point").And.Contain("/modules/mopa.maps/assets/content/maps/gironde.svg"));
        Assert.That(types["samples.ordering"], Does.Contain("name=\"q.").And.Contain(".json\""), "a plugin type without web rendering gets a text field");
    }

    private static string Visible(IElement element)
    {
        var parts = new List<string> { element.TextContent };
        parts.AddRange(element.QuerySelectorAll("*").Prepend(element).SelectMany(e => e.Attributes).Select(a => a.Value));
        return string.Join("\n", parts);
    }

    private static void AssertChoicesLookAlike(IDocument document, Question question)
    {
        if (question is not ChoiceQuestion)
        {
            return;
        }

        var inputs = document.QuerySelectorAll($"input[name='q.{question.Id}.choice']");
        Assert.That(inputs, Is.Not.Empty);
        var shapes = inputs.Select(i => string.Join(" ", i.Attributes.Where(a => a.Name != "value").Select(a => a.Name + "=" + a.Value).Order(StringComparer.Ordinal))).Distinct().ToList();
        Assert.That(shapes, Has.Count.EqualTo(1), $"the options of '{question.Id}' differ by more than their text");
    }

    /// <summary>Every text and number in the question object that the presentation does not show.</summary>
    private static IEnumerable<string> Secrets(Question question, QuestionPresentation presentation)
    {
        // The question's id is public: it names the form fields.
        var visible = new List<string> { presentation.Id, presentation.Text, presentation.Title ?? string.Empty, presentation.AnswerHint ?? string.Empty };
        visible.AddRange(presentation.Options);
        visible.AddRange(presentation.Prompts);
        visible.AddRange(presentation.Data.Values);
        var found = new HashSet<string>(StringComparer.Ordinal);
        Walk(question, found, depth: 0, top: true);
        return found.Where(secret => !visible.Any(v => v.Contains(secret, StringComparison.Ordinal)));
    }

    private static void Walk(object? value, HashSet<string> found, int depth, bool top = false)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Trim().Length >= 4)
                {
                    found.Add(text.Trim());
                }

                return;
            case double number:
                var formatted = number.ToString("R", CultureInfo.InvariantCulture);
                // Short decimals (0.5, 0.01) also occur in markup by chance (step="0.01"); keys such as
                // coordinates and prices have more digits.
                if (formatted.Contains('.', StringComparison.Ordinal) && formatted.Length >= 5)
                {
                    found.Add(formatted);
                }

                return;
            case IEnumerable items when depth < 6:
                foreach (var item in items)
                {
                    Walk(item, found, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (depth >= 6 || type.IsPrimitive || type.IsEnum || value is TimeSpan or DateTimeOffset or Delegate)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (top && s_visibleMembers.Contains(property.Name))
            {
                continue;
            }

            Walk(property.GetValue(value), found, depth + 1);
        }
    }
}
