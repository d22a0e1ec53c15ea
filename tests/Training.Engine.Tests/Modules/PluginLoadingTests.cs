using System.Runtime.Loader;
using System.Text.Json;
using Training.Engine.Modules;
using Training.Engine.Modules.Loading;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Modules;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Modules;

/// <summary>The real McMaster loader, on the real Samples.Ordering plugin built by the solution.</summary>
public sealed class PluginLoadingTests
{
    private static string OrderingAssembly => Path.Combine(ModuleFixtures.Shipped, "samples.ordering", "Samples.Ordering.dll");

    [Test]
    public void Each_plugin_gets_a_load_context_of_its_own_sharing_only_the_sdk()
    {
        var loader = new McMasterModuleLoader();
        using var first = loader.Load(OrderingAssembly, unloadable: true);
        using var second = loader.Load(OrderingAssembly, unloadable: true);

        var firstContext = AssemblyLoadContext.GetLoadContext(first.Assembly);
        var secondContext = AssemblyLoadContext.GetLoadContext(second.Assembly);
        Assert.That(firstContext, Is.Not.SameAs(AssemblyLoadContext.Default));
        Assert.That(firstContext, Is.Not.SameAs(secondContext));

        var entry = first.Assembly.GetExportedTypes().Single(t => t.Name == "OrderingModule");
        Assert.That(typeof(ITrainingModule).IsAssignableFrom(entry), Is.True, "the SDK's types are the host's own");
    }

    [Test]
    public void A_module_sees_the_question_types_of_the_modules_it_requires()
    {
        using var catalog = ModuleFixtures.LoadEverything();

        var quiz = catalog.FindQuiz("tests.uses-ordering", "order");
        Assert.That(quiz, Is.Not.Null, string.Join("\n", catalog.Modules.Single(m => m.Id == "tests.uses-ordering").Diagnostics));
        Assert.That(quiz!.Value.Quiz.Questions.Single().Type, Is.EqualTo("samples.ordering"));

        using var sheet = JsonDocument.Parse("""{ "seasons": ["Printemps", "Automne", "Été", "Hiver"] }""");
        var result = QuizGrader.Grade(quiz.Value.Quiz, "fr", sheet.RootElement, catalog.QuestionTypes);
        Assert.That(result.Questions.Single().Result, Is.EqualTo("partial"));
        Assert.That(result.Percent, Is.EqualTo(75));
    }

    [Test]
    public void The_plugin_question_type_grades_in_both_languages()
    {
        using var catalog = ModuleFixtures.LoadEverything();
        var quiz = catalog.FindQuiz("samples.ordering", "final")!.Value.Quiz;
        using var english = JsonDocument.Parse("""
            { "booking-steps": ["Discover the venue", "Look at photos, reviews and rates", "Choose dates", "Pay", "Leave a review"], "reviews-last": false }
            """);

        var result = QuizGrader.Grade(quiz, "en", english.RootElement, catalog.QuestionTypes);

        Assert.That(result.Passed, Is.True);
        Assert.That(result.Questions.Select(q => q.Result), Is.All.EqualTo("correct"));
    }

    [Test]
    public void The_plugin_type_learns_the_language_of_each_quiz_file()
    {
        using var catalog = ModuleFixtures.LoadEverything();
        var quiz = catalog.FindQuiz("samples.ordering", "final")!.Value.Quiz;

        // The plugin lives in its own load context: its question record is read by name.
        static object? Language(Question question) => question.GetType().GetProperty("Language")!.GetValue(question);

        Assert.Multiple(() =>
        {
            Assert.That(Language(quiz.GetQuestions("fr")[0]), Is.EqualTo("fr"));
            Assert.That(Language(quiz.GetQuestions("en")[0]), Is.EqualTo("en"));
        });
    }

    [TestCase("fr", """["Découvrir l'établissement", "Consulter photos, avis et tarifs", "Choisir ses dates", "Payer", "Laisser un avis"]""",
        "Tous les éléments sont dans le bon ordre.")]
    [TestCase("en", """["Discover the venue", "Look at photos, reviews and rates", "Choose dates", "Pay", "Leave a review"]""",
        "All items are in the right order.")]
    [TestCase("fr", """["Découvrir l'établissement", "Consulter photos, avis et tarifs", "Payer", "Choisir ses dates", "Laisser un avis"]""",
        "4 éléments sur 5 sont dans le bon ordre relatif. Le bon ordre : Découvrir l'établissement → Consulter photos, avis et tarifs → Choisir ses dates → Payer → Laisser un avis.")]
    [TestCase("en", """["Discover the venue", "Look at photos, reviews and rates", "Pay", "Choose dates", "Leave a review"]""",
        "4 of 5 items are in the right relative order. The right order: Discover the venue → Look at photos, reviews and rates → Choose dates → Pay → Leave a review.")]
    public void The_plugin_feedback_is_in_the_language_of_the_question(string language, string steps, string feedback)
    {
        using var catalog = ModuleFixtures.LoadEverything();
        var quiz = catalog.FindQuiz("samples.ordering", "final")!.Value.Quiz;
        using var sheet = JsonDocument.Parse($$"""{ "booking-steps": {{steps}}, "reviews-last": false }""");

        var result = QuizGrader.Grade(quiz, language, sheet.RootElement, catalog.QuestionTypes);

        Assert.That(result.Questions.Single(q => q.Id == "booking-steps").Feedback, Does.StartWith(feedback));
    }

    [Test]
    public void The_plugin_presentation_does_not_reveal_the_order()
    {
        using var catalog = ModuleFixtures.LoadEverything();
        var question = catalog.FindQuiz("samples.ordering", "final")!.Value.Quiz.Questions[0];
        var type = catalog.QuestionTypes.Get(question.Type);

        var presentation = type.Present(question, "fr");

        Assert.That(presentation.Options, Is.Ordered.Using((IComparer<string>)StringComparer.CurrentCultureIgnoreCase));
        Assert.That(presentation.Options, Has.Count.EqualTo(5));
        Assert.That(presentation.Type, Is.EqualTo("samples.ordering"));
    }

    [Test]
    public void A_malformed_plugin_answer_is_refused_with_the_expected_shape()
    {
        using var catalog = ModuleFixtures.LoadEverything();
        var quiz = catalog.FindQuiz("samples.ordering", "final")!.Value.Quiz;
        using var sheet = JsonDocument.Parse("""{ "booking-steps": "Payer" }""");

        var error = Assert.Throws<AnswerSheetException>(() => QuizGrader.Grade(quiz, "fr", sheet.RootElement, catalog.QuestionTypes));

        Assert.That(error!.Message, Does.Contain("booking-steps"));
    }

    [Test]
    public void Disposing_the_catalog_unloads_the_plugins()
    {
        var weak = LoadAndForget();
        for (var i = 0; i < 10 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.That(weak.IsAlive, Is.False, "the plugin's load context should be collectible once the catalog is disposed");
    }

    [Test]
    public void A_host_that_exits_with_its_command_can_load_plugins_in_plain_contexts_that_work_the_same()
    {
        using var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions { ShippedDirectory = ModuleFixtures.Shipped, UnloadablePlugins = false });

        var type = catalog.QuestionTypes.Get("samples.ordering");
        var context = AssemblyLoadContext.GetLoadContext(type.GetType().Assembly)!;
        Assert.That(context.IsCollectible, Is.False);
        Assert.That(context, Is.Not.SameAs(AssemblyLoadContext.Default), "each plugin still has a context of its own");
        var quiz = catalog.FindQuiz("samples.ordering", "final")!.Value.Quiz;
        using var sheet = JsonDocument.Parse("""
            { "booking-steps": ["Découvrir l'établissement", "Consulter photos, avis et tarifs", "Choisir ses dates", "Payer", "Laisser un avis"], "reviews-last": false }
            """);
        var result = QuizGrader.Grade(quiz, "fr", sheet.RootElement, catalog.QuestionTypes);
        Assert.That(result.Questions.Select(q => q.Result), Is.All.EqualTo("correct"));
    }

    [Test]
    public void Plugins_are_unloadable_by_default()
    {
        using var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions { ShippedDirectory = ModuleFixtures.Shipped });

        var type = catalog.QuestionTypes.Get("samples.ordering");
        Assert.That(AssemblyLoadContext.GetLoadContext(type.GetType().Assembly)!.IsCollectible, Is.True);
    }

    private static WeakReference LoadAndForget()
    {
        var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions { ShippedDirectory = ModuleFixtures.Shipped });
        var type = catalog.QuestionTypes.Get("samples.ordering");
        var context = new WeakReference(AssemblyLoadContext.GetLoadContext(type.GetType().Assembly));
        catalog.Dispose();
        return context;
    }
}
