using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.Engine.Modules.Content;
using Training.Engine.Quizzes;
using Training.Engine.Tests.Quizzes.Gift;
using Training.Sdk.Content;
using Training.TestSupport;

namespace Training.Engine.Tests.Modules;

/// <summary>The quiz reader tells plugin types which language each file is written in.</summary>
public sealed class QuizFileLanguageTests
{
    [Test]
    public void A_plugin_type_gets_the_language_of_the_file_the_question_comes_from()
    {
        using var module = new TempDirectory();
        module.Write("quizzes/final.gift", "// [id:ordre]\n::Ordre::Rangez.{@test.ordering un | deux | trois}\n");
        module.Write("quizzes/final.en.gift", "// [id:ordre]\n::Order::Put in order.{@test.ordering one | two | three}\n");
        var types = new QuestionTypeRegistry();
        types.Register(new OrderingType());
        var diagnostics = new DiagnosticBag();
        var entry = new ManifestQuiz("final", "quizzes/final.gift", QuizSettings.Default, new SourceLocation("module.yaml", 1, 1));

        var quiz = QuizFileReader.Read(module.Path, entry, types, diagnostics);

        Assert.That(quiz, Is.Not.Null, () => string.Join("\n", diagnostics.Items));
        var french = (OrderingQuestion)quiz!.GetQuestions(LocalizedText.French).Single();
        var english = (OrderingQuestion)quiz.GetQuestions(LocalizedText.English).Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Items, Is.Empty);
            Assert.That(french.Items, Is.EqualTo(new[] { "un", "deux", "trois" }));
            Assert.That(french.Language, Is.EqualTo("fr"));
            Assert.That(english.Items, Is.EqualTo(new[] { "one", "two", "three" }));
            Assert.That(english.Language, Is.EqualTo("en"));
        });
    }
}
