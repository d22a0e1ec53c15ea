using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Training.Engine.Modules;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Content;

namespace Training.Mopa.Tests.Curriculum;

/// <summary>The MOPA modules, loaded through the real loader from the folder the build lays out.</summary>
[Parallelizable(ParallelScope.None)]
public sealed partial class CurriculumTests
{
    /// <summary>What each MOPA type says, in French then in English, for a right answer.</summary>
    private static readonly Dictionary<string, (string French, string English)> s_rightAnswerFeedback = new()
    {
        ["mopa.map-point"] = ("Bien placé", "Well placed"),
        ["mopa.page-username"] = ("respecte les", "follows all"),
        ["mopa.net-rate"] = ("Exact :", "Right:"),
        ["mopa.overbooking-night"] = ("Exact :", "Right:"),
    };

    private ModuleCatalog _catalog = null!;

    [OneTimeSetUp]
    public void LoadCatalog() => _catalog = MopaCatalog.Load();

    [OneTimeTearDown]
    public void DisposeCatalog() => _catalog.Dispose();

    public static IEnumerable<string> ContentModules() => MopaCatalog.ContentModules;

    public static IEnumerable<string> AllModules() => MopaCatalog.AllModules;

    public static IEnumerable<TestCaseData> ContentModulesByLanguage() =>
        from id in MopaCatalog.ContentModules from lang in MopaCatalog.Languages select new TestCaseData(id, lang);

    public static IEnumerable<TestCaseData> PluginModulesByLanguage() =>
        from id in MopaCatalog.ContentModules where MopaCatalog.RegisteredTypes[id].Length > 0
        from lang in MopaCatalog.Languages select new TestCaseData(id, lang);

    [TestCaseSource(nameof(AllModules))]
    public void Module_is_laid_out_and_loads_with_no_diagnostic(string id)
    {
        Assert.That(Directory.Exists(Path.Combine(MopaCatalog.ShippedDirectory, id)), Is.True, $"the build lays {id} out under modules/");
        var module = _catalog.Modules.SingleOrDefault(m => m.Id == id);
        Assert.That(module, Is.Not.Null, $"{id} is discovered");
        Assert.Multiple(() =>
        {
            Assert.That(module!.Status, Is.EqualTo(ModuleStatus.Loaded), string.Join("\n", module.Diagnostics));
            Assert.That(module.Diagnostics, Is.Empty, "no error and no warning");
            Assert.That(module.Version, Is.EqualTo("1.0.0"));
            Assert.That(module.Title.Has("fr") && module.Title.Has("en"), Is.True, "bilingual title");
            Assert.That(module.Title.Get("fr"), Is.Not.EqualTo(module.Title.Get("en")), "the English title is a translation");
            Assert.That(module.Description.Get("fr"), Is.Not.EqualTo(module.Description.Get("en")));
        });
    }

    [Test]
    public void No_module_of_the_catalog_reports_a_diagnostic() =>
        Assert.That(_catalog.Modules.SelectMany(m => m.Diagnostics).Select(d => d.ToString()), Is.Empty);

    [TestCaseSource(nameof(ContentModulesByLanguage))]
    public void Module_has_four_lessons_of_300_words_or_more(string id, string lang)
    {
        var module = _catalog.FindLoaded(id)!;
        Assert.That(module.Lessons, Has.Count.GreaterThanOrEqualTo(4));
        Assert.Multiple(() =>
        {
            foreach (var lesson in module.Lessons)
            {
                Assert.That(lesson.Body.Has(lang), Is.True, $"{lesson.Id} has a {lang} body");
                Assert.That(lesson.Title.Has(lang), Is.True, $"{lesson.Id} has a {lang} title");
                Assert.That(Words(lesson.Body.Get(lang)), Is.GreaterThanOrEqualTo(300), $"{id}/{lesson.Id} ({lang})");
                Assert.That(lesson.Duration, Is.Not.Null, $"{lesson.Id} has a duration");
            }
        });
    }

    [TestCaseSource(nameof(ContentModules))]
    public void Lessons_are_translated(string id)
    {
        var module = _catalog.FindLoaded(id)!;
        Assert.Multiple(() =>
        {
            foreach (var lesson in module.Lessons)
            {
                Assert.That(lesson.Title.Get("en"), Is.Not.EqualTo(lesson.Title.Get("fr")), $"{lesson.Id} title");
                Assert.That(lesson.Body.Get("en"), Is.Not.EqualTo(lesson.Body.Get("fr")), $"{lesson.Id} body");
            }
        });
    }

    [TestCaseSource(nameof(ContentModules))]
    public void Final_quiz_has_the_required_settings(string id)
    {
        var quiz = _catalog.FindQuiz(id, "final")?.Quiz;
        Assert.That(quiz, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(quiz!.Settings.PassMark, Is.EqualTo(0.8).Within(1e-9));
            Assert.That(quiz.Settings.Attempts, Is.EqualTo(3));
            Assert.That(quiz.Settings.Grading, Is.EqualTo(GradingMethod.Highest));
            Assert.That(quiz.Settings.Shuffle, Is.True);
            Assert.That(quiz.Settings.TimeLimit, Is.EqualTo(TimeSpan.FromMinutes(30)));
        });
    }

    [TestCaseSource(nameof(ContentModulesByLanguage))]
    public void Final_quiz_mixes_types_with_stable_ids_and_feedback(string id, string lang)
    {
        var quiz = _catalog.FindQuiz(id, "final")!.Value.Quiz;
        Assert.That(quiz.Translations.ContainsKey("en"), Is.True, "the quiz has an English variant");
        var questions = quiz.GetQuestions(lang);
        var types = questions.Select(q => q.Type).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(questions, Has.Count.GreaterThanOrEqualTo(10));
            Assert.That(types, Has.Count.GreaterThanOrEqualTo(4), string.Join(", ", types));
            if (MopaCatalog.PluginTypes.TryGetValue(id, out var pluginType))
            {
                Assert.That(types, Does.Contain(pluginType));
            }

            foreach (var question in questions.Where(q => MopaCatalog.RegisteredTypes[id].Contains(q.Type)))
            {
                Assert.That(MopaCatalog.Property<string>(question, "Language"), Is.EqualTo(lang), $"{question.Id}: the language of the file reaches the type");
            }

            foreach (var question in questions)
            {
                Assert.That(PositionId().IsMatch(question.Id), Is.False, $"{question.Id} has an explicit id");
                Assert.That(MopaCatalog.HasFeedback(question), Is.True, $"{question.Id} has feedback");
            }
        });
    }

    [TestCaseSource(nameof(ContentModules))]
    public void Both_languages_have_the_same_questions_in_the_same_order(string id)
    {
        var quiz = _catalog.FindQuiz(id, "final")!.Value.Quiz;
        var french = quiz.GetQuestions("fr");
        var english = quiz.GetQuestions("en");
        Assert.That(english.Select(q => (q.Id, q.Type)), Is.EqualTo(french.Select(q => (q.Id, q.Type))));
        Assert.That(english.Select(q => q.Text), Is.Not.EqualTo(french.Select(q => q.Text)));
    }

    [TestCaseSource(nameof(ContentModulesByLanguage))]
    public void A_perfect_sheet_scores_100_percent(string id, string lang)
    {
        var quiz = _catalog.FindQuiz(id, "final")!.Value.Quiz;
        var sheet = new JsonObject();
        foreach (var question in quiz.GetQuestions(lang))
        {
            sheet[question.Id] = MopaCatalog.PerfectAnswer(question);
        }

        using var document = JsonDocument.Parse(sheet.ToJsonString());
        var result = QuizGrader.Grade(quiz, lang, document.RootElement, _catalog.QuestionTypes);
        Assert.Multiple(() =>
        {
            Assert.That(result.Percent, Is.EqualTo(100), string.Join("\n", result.Questions.Where(q => q.Result != "correct").Select(q => $"{q.Id}: {q.Result} {q.Feedback}")));
            Assert.That(result.Passed, Is.True);
        });
    }

    [TestCaseSource(nameof(PluginModulesByLanguage))]
    public void Plugin_questions_give_feedback_in_the_language_of_their_file(string id, string lang)
    {
        // Nothing in the GIFT body says the language: the loader tells the type which file the
        // question comes from, and the feedback must follow.
        var quiz = _catalog.FindQuiz(id, "final")!.Value.Quiz;
        var plugin = quiz.GetQuestions(lang).Where(q => MopaCatalog.RegisteredTypes[id].Contains(q.Type)).ToList();
        var sheet = new JsonObject();
        foreach (var question in quiz.GetQuestions(lang))
        {
            sheet[question.Id] = MopaCatalog.PerfectAnswer(question);
        }

        using var document = JsonDocument.Parse(sheet.ToJsonString());
        var results = QuizGrader.Grade(quiz, lang, document.RootElement, _catalog.QuestionTypes).Questions.ToDictionary(q => q.Id);
        Assert.That(plugin, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var question in plugin)
            {
                var (french, english) = s_rightAnswerFeedback[question.Type];
                var (expected, other) = lang == LocalizedText.English ? (english, french) : (french, english);
                var feedback = results[question.Id].Feedback;
                Assert.That(feedback, Does.Contain(expected).And.Not.Contain(other), $"{id}/{question.Id} ({lang})");
            }
        });
    }

    [Test]
    public void The_ant_track_requires_the_four_modules_for_24_months()
    {
        var track = _catalog.FindTrack("mopa.ant");
        Assert.That(track, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(track!.IsValid, Is.True, string.Join("; ", track.Problems));
            Assert.That(track.DefinedBy, Is.EqualTo(MopaCatalog.Ant));
            Assert.That(track.Track.Validity, Is.EqualTo("P24M"));
            Assert.That(track.Track.Modules, Is.EqualTo(new[] { MopaCatalog.SocialNetworks, MopaCatalog.Blogs, MopaCatalog.Maps, MopaCatalog.EBooking }));
            Assert.That(track.Track.Title.Get("fr"), Is.EqualTo("Animateur numérique de territoire"));
            Assert.That(track.Track.Title.Get("en"), Is.EqualTo("Digital territory facilitator"));
            Assert.That(track.Track.Description.Get("en"), Is.Not.EqualTo(track.Track.Description.Get("fr")));
        });
    }

    [Test]
    public void The_ant_module_is_content_only_and_requires_the_four_modules()
    {
        var module = _catalog.FindLoaded(MopaCatalog.Ant)!;
        Assert.Multiple(() =>
        {
            Assert.That(module.Assembly, Is.Null);
            Assert.That(module.Lessons, Is.Empty);
            Assert.That(module.Requires.Select(r => r.Id), Is.EquivalentTo(MopaCatalog.ContentModules));
        });
    }

    [TestCaseSource(nameof(ContentModules))]
    public void Plugin_module_registers_its_question_type(string id)
    {
        var module = _catalog.FindLoaded(id)!;
        Assert.That(module.QuestionTypes, Is.EquivalentTo(MopaCatalog.RegisteredTypes[id]));
    }

    [Test]
    public void The_map_image_named_by_the_presentation_ships_with_the_module()
    {
        var module = _catalog.FindLoaded(MopaCatalog.Maps)!;
        var question = module.FindQuiz("final")!.Questions.First(q => q.Type == "mopa.map-point");
        var presentation = _catalog.QuestionTypes.Get("mopa.map-point").Present(question, "fr");
        var image = Path.Combine(module.Directory, presentation.Data["mapImage"]);
        Assert.That(File.Exists(image), Is.True, image);
        Assert.That(File.ReadAllText(image), Does.StartWith("<?xml").And.Contain("<svg"));
    }

    private static int Words(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"^q\d+$")]
    private static partial Regex PositionId();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
