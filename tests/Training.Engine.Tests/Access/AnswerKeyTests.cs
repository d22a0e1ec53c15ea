using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Modules;
using Training.Engine.Quizzes.Presentation;
using Training.Engine.Records;
using Training.Engine.Tests.Modules;
using Training.Sdk.Content;
using Training.Sdk.Questions;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Engine.Tests.Access;

/// <summary>
/// No trainee view carries an answer key before submission, for every question of every test module
/// and shipped plugin: a question's presentation must not change when only its key changes (correct
/// choices, accepted answers, numbers and tolerances, pairs, per-answer and general feedback, plugin
/// targets), and the key's values must not appear in it.
/// </summary>
public sealed class AnswerKeyTests
{
    private const string Sentinel = "zz-key-sentinel";

    private static readonly string[] s_languages = [LocalizedText.French, LocalizedText.English];

    [Test]
    public void No_presentation_of_any_question_depends_on_or_shows_its_answer_key()
    {
        using var catalog = LoadEverything();
        var problems = new List<string>();
        var checkedTypes = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var module in catalog.Modules.Where(m => m.Status == ModuleStatus.Loaded))
        {
            foreach (var quiz in module.Quizzes)
            {
                foreach (var language in s_languages)
                {
                    foreach (var question in quiz.GetQuestions(language))
                    {
                        var where = $"{module.Id}/{quiz.Id}/{question.Id} ({language}, {question.Type})";
                        var presentation = catalog.QuestionTypes.Get(question.Type).Present(question, language);
                        var json = JsonSerializer.Serialize(presentation);
                        foreach (var (what, variant) in KeyVariants(question))
                        {
                            var other = JsonSerializer.Serialize(catalog.QuestionTypes.Get(question.Type).Present(variant, language));
                            if (other != json)
                            {
                                problems.Add($"{where}: the presentation changes when {what}");
                            }
                        }

                        problems.AddRange(KeyValuesShown(question, presentation).Select(p => $"{where}: {p}"));
                        checkedTypes.Add(question.Type);
                        count++;
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(count, Is.GreaterThan(50));
        Assert.That(checkedTypes, Is.SupersetOf(QuestionTypeIds.BuiltIn.Where(id => id != QuestionTypeIds.Description)), "every built-in type was checked");
        Assert.That(checkedTypes, Is.SupersetOf(catalog.QuestionTypes.Ids.Except(QuestionTypeIds.BuiltIn)), "every plugin type was checked");
    }

    [Test]
    public void A_trainees_attempt_shows_exactly_the_presentations_for_every_quiz_they_can_start()
    {
        using var catalog = LoadEverything();
        using var folder = new TempDirectory();
        using var store = SqliteLearningStore.Open(folder.Path);
        var records = new LearningRecords(store, catalog, TimeProvider.System);
        var accounts = new UserAccounts(store, TimeProvider.System);
        var access = new TrainingAccess(records, new CohortService(records), accounts);
        var started = 0;
        foreach (var language in s_languages)
        {
            records.AddTrainee("t-" + language, "Trainee " + language);
            var trainee = access.ForTrainee(new Principal("t-" + language, Role.Trainee, "t-" + language));
            foreach (var module in catalog.Modules.Where(m => m.Status == ModuleStatus.Loaded && m.Prerequisites.Count == 0))
            {
                foreach (var quiz in module.Quizzes)
                {
                    var attempt = trainee.StartAttempt(module.Id, quiz.Id, language);
                    var expected = QuizPresenter.Present(quiz, language, attempt.Seed, catalog.QuestionTypes);
                    Assert.That(JsonSerializer.Serialize(attempt.Questions), Is.EqualTo(JsonSerializer.Serialize(expected)), $"{module.Id}/{quiz.Id} ({language})");

                    // Nothing besides the presentations: the attempt's own fields only.
                    var fields = JsonDocument.Parse(JsonSerializer.Serialize(attempt)).RootElement.EnumerateObject().Select(p => p.Name);
                    Assert.That(fields, Is.EquivalentTo(new[] { "attemptId", "attempt", "seed", "startedAt", "deadline", "attemptsLeft", "resumed", "questions" }));
                    started++;
                }
            }
        }

        Assert.That(started, Is.GreaterThan(10));
    }

    private static ModuleCatalog LoadEverything()
    {
        var tests = Path.Combine(RepositoryPaths.Root, "tests", "modules");
        var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions
        {
            ShippedDirectory = ModuleFixtures.Shipped,
            ExtraDirectories =
            [
                Path.Combine(tests, "good"),
                Path.Combine(tests, "terminal"),
                Path.Combine(tests, "review", "v1"),
                Path.Combine(tests, "records", "common"),
                Path.Combine(tests, "records", "v1"),
            ],
        });
        var broken = catalog.Modules.Where(m => m.Status != ModuleStatus.Loaded).Select(m => m.Id).ToList();
        Assert.That(broken, Is.Empty, "every test module and plugin loads");
        return catalog;
    }

    /// <summary>The question with only its key changed, for each part of the key.</summary>
    private static IEnumerable<(string What, Question Variant)> KeyVariants(Question question)
    {
        yield return ("the general feedback changes", question with { GeneralFeedback = Sentinel });
        switch (question)
        {
            case TrueFalseQuestion tf:
                yield return ("the answer flips", tf with { Answer = !tf.Answer });
                yield return ("its feedback changes", tf with { FeedbackWhenRight = Sentinel, FeedbackWhenWrong = Sentinel + "2" });
                break;
            case ChoiceQuestion choice:
                yield return ("the weights move to other choices", choice with
                {
                    Choices = [.. choice.Choices.Select((c, i) => c with { Fraction = choice.Choices[(i + 1) % choice.Choices.Count].Fraction })],
                });
                yield return ("the per-choice feedback changes", choice with { Choices = [.. choice.Choices.Select(c => c with { Feedback = Sentinel })] });
                break;
            case ShortAnswerQuestion text:
                yield return ("the accepted answers change", text with { Answers = [.. text.Answers.Select((a, i) => a with { Text = $"{Sentinel}-{i}", Feedback = Sentinel })] });
                break;
            case NumericalQuestion number:
                yield return ("the values and tolerances change", number with
                {
                    Answers = [.. number.Answers.Select(a => a with { Value = a.Value + 1234.5, Tolerance = a.Tolerance + 7, Feedback = Sentinel })],
                });
                break;
            case MatchingQuestion matching when matching.Pairs.Count > 1:
                yield return ("the pairs are matched differently", matching with
                {
                    Pairs = [.. matching.Pairs.Select((p, i) => p with { Right = matching.Pairs[(i + 1) % matching.Pairs.Count].Right })],
                });
                break;
            case MatchingQuestion or EssayQuestion or DescriptionQuestion:
                // A single pair has nothing to swap; essays and descriptions have no key besides the general feedback.
                break;
            default:
                foreach (var (property, value) in PluginKey(question))
                {
                    yield return ($"{property} changes", With(question, property, value));
                }

                break;
        }
    }

    /// <summary>The parts of a plugin question's key, with another value for each (read by reflection: plugins load in their own context).</summary>
    private static IEnumerable<(string Property, object Value)> PluginKey(Question question)
    {
        object Get(string name) => question.GetType().GetProperty(name)!.GetValue(question)!;
        switch (question.GetType().Name)
        {
            case "MapPointQuestion":
                yield return ("TargetLatitude", (double)Get("TargetLatitude") + 0.001);
                yield return ("TargetLongitude", (double)Get("TargetLongitude") - 0.001);
                yield return ("ZeroMeters", (double)Get("ZeroMeters") + 100);
                break;
            case "NetRateQuestion":
                yield return ("Tolerance", (double)Get("Tolerance") + 0.5);
                yield return ("Close", (double)Get("Close") + 0.5);
                break;
            case "OverbookingNightQuestion":
                yield return ("Night", ((DateOnly)Get("Night")).AddDays(1));
                break;
            case "OrderingQuestion":
                yield return ("Items", ((IReadOnlyList<string>)Get("Items")).Reverse().ToList());
                break;
            case "PageUsernameQuestion":
                yield return ("DistinctiveWords", new List<string> { Sentinel });
                yield return ("Example", Sentinel);
                break;
            default:
                throw new InvalidOperationException($"No key is known for the plugin question type {question.GetType().Name}: add it to this test.");
        }
    }

    /// <summary>Key values that appear in a presentation.</summary>
    private static IEnumerable<string> KeyValuesShown(Question question, QuestionPresentation presentation)
    {
        var json = JsonSerializer.Serialize(presentation);
        var given = question.Text + " " + question.Title;

        // Whatever the question's own text states is not a leak; anything else of the key is.
        IEnumerable<string> Shown(string what, string? value) =>
            !string.IsNullOrWhiteSpace(value) && !given.Contains(value, StringComparison.Ordinal) && json.Contains(JsonSerializer.Serialize(value).Trim('"'), StringComparison.Ordinal)
                ? [$"{what} '{value}' is shown"]
                : [];

        foreach (var problem in Shown("the general feedback", question.GeneralFeedback))
        {
            yield return problem;
        }

        var numbers = NumberTokens(JsonDocument.Parse(json).RootElement).ToList();
        switch (question)
        {
            case ChoiceQuestion choice:
                // Every choice is offered, so the right ones cannot be told apart; no weight is shown.
                if (!presentation.Options.Order(StringComparer.Ordinal).SequenceEqual(choice.Choices.Select(c => c.Text).Order(StringComparer.Ordinal)))
                {
                    yield return "the options are not exactly the choices";
                }

                foreach (var weight in choice.Choices.Select(c => c.Fraction).Where(f => f != 0).Distinct())
                {
                    if (numbers.Any(n => Math.Abs(n - weight) < 1e-9 || Math.Abs(n - (weight * 100)) < 1e-6))
                    {
                        yield return $"the weight {weight} is shown";
                    }
                }

                foreach (var problem in choice.Choices.SelectMany(c => Shown("a choice's feedback", c.Feedback)))
                {
                    yield return problem;
                }

                break;
            case TrueFalseQuestion tf:
                foreach (var problem in Shown("the feedback", tf.FeedbackWhenRight).Concat(Shown("the feedback", tf.FeedbackWhenWrong)))
                {
                    yield return problem;
                }

                break;
            case ShortAnswerQuestion text:
                foreach (var problem in text.Answers.SelectMany(a => Shown("an accepted answer", a.Text).Concat(Shown("an answer's feedback", a.Feedback))))
                {
                    yield return problem;
                }

                break;
            case NumericalQuestion number:
                if (numbers.Count > 0)
                {
                    yield return "a number is shown";
                }

                foreach (var answer in number.Answers)
                {
                    foreach (var problem in Shown("an answer's feedback", answer.Feedback))
                    {
                        yield return problem;
                    }

                    if (answer.Value is { } value && presentation.Options.Concat(presentation.Prompts).Concat(presentation.Data.Values)
                        .Any(s => s.Contains(value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
                    {
                        yield return $"the value {value} is shown";
                    }
                }

                break;
            case MatchingQuestion matching:
                var rights = matching.Pairs.Select(p => p.Right).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                if (!presentation.Options.SequenceEqual(rights))
                {
                    yield return "the options are not the sorted right-hand answers";
                }

                break;
            default:
                foreach (var problem in PluginValuesShown(question, presentation, json))
                {
                    yield return problem;
                }

                break;
        }
    }

    private static IEnumerable<string> PluginValuesShown(Question question, QuestionPresentation presentation, string json)
    {
        object Get(string name) => question.GetType().GetProperty(name)!.GetValue(question)!;
        switch (question.GetType().Name)
        {
            case "MapPointQuestion":
                foreach (var name in new[] { "TargetLatitude", "TargetLongitude" })
                {
                    var value = (double)Get(name);
                    foreach (var format in new[] { "0.00", "0.000", "0.0000", "0.00000", "0.000000", "R" })
                    {
                        var text = value.ToString(format, CultureInfo.InvariantCulture);
                        if (json.Contains(text, StringComparison.Ordinal) && !presentation.Text.Contains(text, StringComparison.Ordinal))
                        {
                            yield return $"{name} ({text}) is shown";
                        }
                    }
                }

                break;
            case "NetRateQuestion":
                var price = question.GetType().GetProperty("Price")!.GetValue(question) is double p ? p : double.NaN;
                foreach (var text in new[] { price.ToString("0.00", CultureInfo.InvariantCulture), price.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")) })
                {
                    if (json.Contains(text, StringComparison.Ordinal))
                    {
                        yield return $"the price {text} is shown";
                    }
                }

                break;
            case "OverbookingNightQuestion":
                // The stays (the data to solve the exercise) may hold the date; no other field may.
                var night = ((DateOnly)Get("Night")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var elsewhere = presentation.Data.Where(d => d.Key != "stays").Select(d => d.Value)
                    .Concat(presentation.Options).Concat(presentation.Prompts).Append(presentation.AnswerHint ?? string.Empty).Append(presentation.Text);
                if (elsewhere.Any(s => s.Contains(night, StringComparison.Ordinal)))
                {
                    yield return $"the night {night} is shown";
                }

                break;
            case "OrderingQuestion":
                var items = (IReadOnlyList<string>)Get("Items");
                if (!presentation.Options.SequenceEqual(items.Order(StringComparer.CurrentCultureIgnoreCase)))
                {
                    yield return "the items are not in alphabetical order";
                }

                break;
            case "PageUsernameQuestion":
                var example = (string)Get("Example");
                if (json.Contains(example, StringComparison.OrdinalIgnoreCase) && !presentation.Text.Contains(example, StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"the example username '{example}' is shown";
                }

                break;
        }
    }

    private static IEnumerable<double> NumberTokens(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                yield return element.GetDouble();
                break;
            case JsonValueKind.Object:
                // The text format is an enum, not part of any key.
                foreach (var value in element.EnumerateObject().Where(p => p.Name != "Format").SelectMany(p => NumberTokens(p.Value)))
                {
                    yield return value;
                }

                break;
            case JsonValueKind.Array:
                foreach (var value in element.EnumerateArray().SelectMany(NumberTokens))
                {
                    yield return value;
                }

                break;
        }
    }

    private static Question With(Question question, string property, object value)
    {
        // A record's clone, then its init-only property set: what "with" does, for a type only known at run time.
        var clone = (Question)question.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)!.Invoke(question, null)!;
        question.GetType().GetProperty(property)!.SetValue(clone, value);
        Assert.That(question.GetType().GetProperty(property)!.GetValue(clone), Is.EqualTo(value).Or.EquivalentTo((System.Collections.IEnumerable)(value as System.Collections.IEnumerable ?? Array.Empty<object>())));
        return clone;
    }
}
