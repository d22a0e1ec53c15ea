using System.Text.Json;
using Training.Engine.Diagnostics;
using Training.Engine.Quizzes;
using Training.Engine.Quizzes.Gift;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Quizzes.Presentation;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Quizzes.Gift;

/// <summary>Proves the {@type body} extension point end to end with a plugin-style ordering type.</summary>
public sealed class PluginQuestionTypeTests
{
    private static QuestionTypeRegistry Registry()
    {
        var registry = new QuestionTypeRegistry();
        registry.Register(new OrderingType());
        return registry;
    }

    [Test]
    public void Plugin_question_is_parsed_graded_and_presented()
    {
        var registry = Registry();
        var result = GiftParser.Parse("// [id:ordre]\n::Ordre::Rangez du plus petit au plus grand.{@test.ordering un | deux \\| bis | trois ####Compter aide.}", "p.gift", registry);

        Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
        var question = (OrderingQuestion)result.Questions.Single();
        Assert.That(question.Items, Is.EqualTo(new[] { "un", "deux | bis", "trois" }));
        Assert.That(question.GeneralFeedback, Is.EqualTo("Compter aide."));

        var quiz = new Quiz { Id = "q", Questions = result.Questions };
        using var sheet = JsonDocument.Parse("""{ "ordre": ["un", "trois", "deux | bis"] }""");
        var grade = QuizGrader.Grade(quiz, "fr", sheet.RootElement, registry);
        Assert.That(grade.Score, Is.EqualTo(1.0 / 3).Within(1e-6));
        Assert.That(grade.Questions[0].Result, Is.EqualTo("partial"));

        using var bad = JsonDocument.Parse("""{ "ordre": "un" }""");
        var exception = Assert.Throws<AnswerSheetException>(() => QuizGrader.Grade(quiz, "fr", bad.RootElement, registry))!;
        Assert.That(exception.Message, Does.Contain("'ordre'").And.Contain("an array of the items"));

        var presentation = QuizPresenter.Present(quiz, "fr", null, registry).Single();
        Assert.That(presentation.Options, Is.EqualTo(new[] { "deux | bis", "trois", "un" }));
    }

    [Test]
    public void The_draft_says_the_language_of_the_file()
    {
        const string Gift = "::O::Rangez.{@test.ordering un | deux}";

        var french = (OrderingQuestion)GiftParser.Parse(Gift, "p.gift", Registry()).Questions.Single();
        var english = (OrderingQuestion)GiftParser.Parse(Gift, "p.en.gift", Registry(), LocalizedText.English).Questions.Single();

        Assert.Multiple(() =>
        {
            Assert.That(french.Language, Is.EqualTo(LocalizedText.French), "French is the default");
            Assert.That(english.Language, Is.EqualTo(LocalizedText.English));
        });
    }

    [Test]
    public void Format_error_is_reported_at_the_body_position()
    {
        var result = GiftParser.Parse("::O::Rangez.\n{@test.ordering un | \\{x\\} | }", "p.gift", Registry());

        var error = result.Diagnostics.Single();
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GiftPluginQuestionInvalid));
        Assert.That(error.Message, Does.Contain("empty item"));

        // The empty last item starts at offset 10 of the unescaped body "un | {x} |"; the body starts at
        // column 17 and its raw form has two escapes, so the item is at column 17 + 12 = 29.
        Assert.That((error.Location!.Line, error.Location.Column), Is.EqualTo((2, 29)));
    }

    [Test]
    public void Unknown_type_names_the_known_ids()
    {
        var error = GiftParser.Parse("::O::Rangez.{@test.nope a | b}", "p.gift", Registry()).Diagnostics.Single();

        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GiftUnknownQuestionType));
        Assert.That(error.Hint, Does.Contain("test.ordering").And.Contain("single-choice"));
        Assert.That(error.Location!.Column, Is.EqualTo(15));
    }

    [TestCase("single-choice", "built-in")]
    [TestCase("test.ordering", "already registered")]
    [TestCase("Bad Id", "invalid")]
    public void Registration_rejects_bad_ids(string id, string message)
    {
        var registry = Registry();

        var exception = Assert.Throws<QuestionTypeRegistrationException>(() => registry.Register(new OrderingType(id)))!;
        Assert.That((exception.TypeId, exception.Message), Is.EqualTo((id, exception.Message)));
        Assert.That(exception.Message, Does.Contain(message));
    }

    [Test]
    public void Built_in_types_parse_their_gift_body()
    {
        var type = Registry().Get(QuestionTypeIds.SingleChoice);
        var question = (ChoiceQuestion)type.Parse(new QuestionDraft { Id = "x", Text = "?", Body = "=oui ~non" });

        Assert.That(question.Choices.Select(c => c.Text), Is.EqualTo(new[] { "oui", "non" }));
        Assert.Throws<QuestionFormatException>(() => type.Parse(new QuestionDraft { Id = "x", Text = "?", Body = "~%50%a ~%50%b" }));
    }
}

internal sealed record OrderingQuestion : Question
{
    public required IReadOnlyList<string> Items { get; init; }

    public required string Language { get; init; }

    public override string Type => "test.ordering";
}

/// <summary>A plugin-style type: items separated by '|', answered in order.</summary>
internal sealed class OrderingType(string id = "test.ordering") : IQuestionType
{
    public string Id => id;

    public string AnswerFormat => "an array of the items, in order";

    public Question Parse(QuestionDraft draft)
    {
        var items = new List<string>();
        var start = 0;
        for (var i = 0; i <= draft.Body.Length; i++)
        {
            if (i < draft.Body.Length && draft.Body[i] != '|')
            {
                continue;
            }

            if (i > 0 && i < draft.Body.Length && draft.Body[i - 1] == '\\')
            {
                continue;
            }

            var item = draft.Body[start..i].Replace("\\|", "|", StringComparison.Ordinal).Trim();
            if (item.Length == 0)
            {
                throw new QuestionFormatException("An ordering question cannot have an empty item.", start);
            }

            items.Add(item);
            start = i + 1;
        }

        return new OrderingQuestion { Id = draft.Id, Title = draft.Title, Text = draft.Text, GeneralFeedback = draft.GeneralFeedback, Items = items, Language = draft.Language };
    }

    public object ReadAnswer(Question question, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Array
            ? answer.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToList()
            : throw new AnswerFormatException("Expected an array.");

    public QuestionGrade Grade(Question question, object answer)
    {
        var items = ((OrderingQuestion)question).Items;
        var given = (List<string>)answer;
        var right = items.Where((item, i) => i < given.Count && given[i] == item).Count();
        return QuestionGrade.FromFraction((double)right / items.Count);
    }

    public QuestionPresentation Present(Question question, string language) =>
        new() { Id = question.Id, Type = Id, Text = question.Text, Options = [.. ((OrderingQuestion)question).Items.Order(StringComparer.Ordinal)] };
}
