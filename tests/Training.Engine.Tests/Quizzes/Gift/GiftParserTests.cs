using Training.Engine.Diagnostics;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Quizzes.Gift;

public sealed class GiftParserTests
{
    private static GiftParseResult Parse(string gift) => GiftParser.Parse(gift, "quiz.gift");

    private static T Single<T>(string gift)
        where T : Question
    {
        var result = Parse(gift);
        Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
        Assert.That(result.Questions, Has.Count.EqualTo(1));
        return (T)result.Questions[0];
    }

    [Test]
    public void Single_choice_has_one_right_answer()
    {
        var question = Single<ChoiceQuestion>("::Capitale::Quelle est la capitale de la France ?{=Paris#Bravo ~Lyon#Non ~Marseille}");

        Assert.That(question.Type, Is.EqualTo(QuestionTypeIds.SingleChoice));
        Assert.That(question.Id, Is.EqualTo("capitale"));
        Assert.That(question.Text, Is.EqualTo("Quelle est la capitale de la France ?"));
        Assert.That(question.Choices, Is.EqualTo(new[] { new Choice("Paris", 1, "Bravo"), new Choice("Lyon", 0, "Non"), new Choice("Marseille", 0) }));
    }

    [Test]
    public void Multiple_choice_reads_negative_and_decimal_weights()
    {
        var question = Single<ChoiceQuestion>("::Continents::Lesquels sont des continents ?{~%33.33333%Afrique ~%33.33333%Asie ~%33.33334%Europe ~%-100%Chine}");

        Assert.That(question.Type, Is.EqualTo(QuestionTypeIds.MultipleChoice));
        Assert.That(question.Choices.Select(c => c.Fraction), Is.EqualTo(new[] { 0.3333333, 0.3333333, 0.3333334, -1 }).Within(1e-9));
    }

    [Test]
    public void Multiple_choice_whose_weights_do_not_add_up_is_an_error()
    {
        var result = Parse("::Q::Pick{~%50%a ~%20%b ~c}");

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.GiftWeightsDoNotAddUp));
    }

    [TestCase("{T}", true)]
    [TestCase("{TRUE}", true)]
    [TestCase("{F}", false)]
    [TestCase("{FALSE}", false)]
    public void True_false_forms(string block, bool expected)
    {
        Assert.That(Single<TrueFalseQuestion>("::TF::Le ciel est bleu." + block).Answer, Is.EqualTo(expected));
    }

    [Test]
    public void True_false_first_feedback_is_for_a_wrong_answer()
    {
        var question = Single<TrueFalseQuestion>("::TF::La Terre est plate.{F#Non, elle est ronde.#Exact.}");

        Assert.That((question.FeedbackWhenWrong, question.FeedbackWhenRight), Is.EqualTo(("Non, elle est ronde.", "Exact.")));
    }

    [Test]
    public void Lowercase_true_is_a_short_answer_with_a_warning()
    {
        var result = Parse("::TF::Vrai ?{true}");

        Assert.That(result.Questions.Single(), Is.InstanceOf<ShortAnswerQuestion>());
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.GiftLowercaseTrueFalse));
    }

    [Test]
    public void Short_answer_with_several_weighted_answers()
    {
        var question = Single<ShortAnswerQuestion>("::Fleuve::Quel fleuve traverse Paris ?{=Seine =la Seine =%50%Sena#Presque}");

        Assert.That(question.Answers, Is.EqualTo(new[] { new Choice("Seine", 1), new Choice("la Seine", 1), new Choice("Sena", 0.5, "Presque") }));
    }

    [Test]
    public void Numerical_forms()
    {
        var result = Parse("::a::Pi ?{#3.14}\n\n::b::Pi ?{#3.14:0.01}\n\n::c::Un à cinq ?{#1..5}\n\n::d::Pi ?{#=%100%3.14:0 =%50%3:1 ~#Non}");

        Assert.That(result.HasErrors, Is.False, () => string.Join("\n", result.Diagnostics));
        var answers = result.Questions.Cast<NumericalQuestion>().Select(q => q.Answers).ToList();
        Assert.That(answers[0], Is.EqualTo(new[] { new NumericalAnswer(3.14, 0, 1) }));
        Assert.That(answers[1], Is.EqualTo(new[] { new NumericalAnswer(3.14, 0.01, 1) }));
        Assert.That(answers[2], Is.EqualTo(new[] { new NumericalAnswer(3, 2, 1) }));
        Assert.That(answers[3], Is.EqualTo(new[] { new NumericalAnswer(3.14, 0, 1), new NumericalAnswer(3, 1, 0.5), new NumericalAnswer(null, 0, 0, "Non") }));
    }

    [Test]
    public void Numerical_with_a_decimal_comma_is_an_error_with_a_hint()
    {
        var diagnostic = Parse("::Pi::Pi ?{#3,14}").Diagnostics.Single();

        Assert.That(diagnostic.Code, Is.EqualTo(DiagnosticCodes.GiftInvalidNumber));
        Assert.That(diagnostic.Hint, Does.Contain("dot"));
        Assert.That(diagnostic.Location, Is.EqualTo(new SourceLocation("quiz.gift", 1, 13)));
    }

    [Test]
    public void Matching_with_a_distractor()
    {
        var question = Single<MatchingQuestion>("::Pays::Associez.{=France -> Paris =Italie -> Rome = -> Berlin}");

        Assert.That(question.Pairs, Is.EqualTo(new[] { new MatchPair("France", "Paris"), new MatchPair("Italie", "Rome"), new MatchPair(string.Empty, "Berlin") }));
    }

    [Test]
    public void Missing_word_puts_a_blank_in_place_of_the_block()
    {
        var question = Single<ChoiceQuestion>("::Mot::Le chat {=dort ~mange} sur le canapé.");

        Assert.That(question.Text, Is.EqualTo("Le chat _____ sur le canapé."));
    }

    [Test]
    public void Essay_description_and_general_feedback()
    {
        var result = Parse("::Intro::Lisez bien.\n\n::Essai::Décrivez.{####Un modèle de réponse.}");

        Assert.That(result.Questions[0], Is.InstanceOf<DescriptionQuestion>());
        Assert.That(result.Questions[1], Is.InstanceOf<EssayQuestion>());
        Assert.That(result.Questions[1].GeneralFeedback, Is.EqualTo("Un modèle de réponse."));
    }

    [TestCase("[html]<p>Texte</p>{}", TextFormat.Html, "<p>Texte</p>")]
    [TestCase("[plain]Texte{}", TextFormat.Plain, "Texte")]
    [TestCase("[markdown]**Texte**{}", TextFormat.Markdown, "**Texte**")]
    [TestCase("[moodle]Texte{}", TextFormat.Moodle, "Texte")]
    [TestCase("[autre]Texte{}", TextFormat.Moodle, "[autre]Texte")]
    public void Text_formats(string gift, TextFormat format, string text)
    {
        var question = Single<EssayQuestion>("::F::" + gift);

        Assert.That((question.Format, question.Text), Is.EqualTo((format, text)));
    }

    [Test]
    public void Answer_format_prefixes_are_removed_from_answers()
    {
        var question = Single<ChoiceQuestion>("::F::Choisir{=[html]<b>oui</b> ~[plain]non}");

        Assert.That(question.Choices.Select(c => c.Text), Is.EqualTo(new[] { "<b>oui</b>", "non" }));
    }

    [Test]
    public void Escapes_are_resolved()
    {
        var question = Single<ChoiceQuestion>(@"::E\: un titre::Symboles \{\} \~ \= \# \\ et\nligne{=a\=b ~c\~d}");

        Assert.That(question.Title, Is.EqualTo("E: un titre"));
        Assert.That(question.Text, Is.EqualTo("Symboles {} ~ = # \\ et\nligne"));
        Assert.That(question.Choices.Select(c => c.Text), Is.EqualTo(new[] { "a=b", "c~d" }));
    }

    [Test]
    public void French_punctuation_and_spaces_are_kept()
    {
        var question = Single<ShortAnswerQuestion>("::Été::« Quelle saison\u00A0? » Répondez\u202F: {=l’été}");

        Assert.That(question.Id, Is.EqualTo("ete"));
        Assert.That(question.Text, Is.EqualTo("« Quelle saison\u00A0? » Répondez\u202F:"));
        Assert.That(question.Answers.Single().Text, Is.EqualTo("l’été"));
    }

    [Test]
    public void Crlf_and_bom_are_handled()
    {
        var result = Parse("\uFEFF// [id:un]\r\n::Q1::Un ?{T}\r\n\r\n::Q2::Deux ?{=2\r\n~3}\r\n");

        Assert.That(result.HasErrors, Is.False);
        Assert.That(result.Questions.Select(q => q.Id), Is.EqualTo(new[] { "un", "q2" }));
        Assert.That(result.Entries[1].Location, Is.EqualTo(new SourceLocation("quiz.gift", 4, 1)));
        Assert.That(((ChoiceQuestion)result.Questions[1]).Choices.Select(c => c.Text), Is.EqualTo(new[] { "2", "3" }));
    }

    [Test]
    public void Categories_apply_to_following_questions()
    {
        var result = Parse("$CATEGORY: module/chapitre-1\n\n::A::Un ?{T}\n\n$CATEGORY: module/chapitre-2\n::B::Deux ?{F}");

        Assert.That(result.Questions.Select(q => q.Category), Is.EqualTo(new[] { "module/chapitre-1", "module/chapitre-2" }));
        Assert.That(result.Categories.Select(c => c.Name), Is.EqualTo(new[] { "module/chapitre-1", "module/chapitre-2" }));
    }

    [Test]
    public void Metadata_comments_give_id_and_tags()
    {
        var question = Single<TrueFalseQuestion>("// [id:secu-01] [tag:sécurité]\n// [tag:base]\n::Titre::Vrai ?{T}");

        Assert.That(question.Id, Is.EqualTo("secu-01"));
        Assert.That(question.Tags, Is.EqualTo(new[] { "sécurité", "base" }));
    }

    [Test]
    public void Detached_metadata_is_a_warning()
    {
        var result = Parse("// [id:perdu]\n\n::Titre::Vrai ?{T}");

        Assert.That(result.Questions.Single().Id, Is.EqualTo("titre"));
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.GiftDetachedMetadata));
    }

    [Test]
    public void Title_slug_folds_accents_and_punctuation()
    {
        Assert.That(Single<TrueFalseQuestion>("::Sécurité : Œuvre n°1 !::Vrai ?{T}").Id, Is.EqualTo("securite-oeuvre-n-1"));
    }

    [Test]
    public void Position_ids_warn()
    {
        var result = Parse("Un ?{T}\n\nDeux ?{F}");

        Assert.That(result.Questions.Select(q => q.Id), Is.EqualTo(new[] { "q1", "q2" }));
        Assert.That(result.Diagnostics.Select(d => (d.Code, d.Severity)), Is.EqualTo(new[] { ("TRN050", DiagnosticSeverity.Warning), ("TRN050", DiagnosticSeverity.Warning) }));
        Assert.That(result.Diagnostics[0].Hint, Does.Contain("// [id:...]"));
    }

    [Test]
    public void Duplicate_ids_are_errors_at_the_second_question()
    {
        var result = Parse("::Même::Un ?{T}\n\n::Même::Deux ?{F}");

        var error = result.Diagnostics.Single();
        Assert.That((error.Code, error.Location!.Line), Is.EqualTo((DiagnosticCodes.GiftDuplicateId, 3)));
        Assert.That(error.Message, Does.Contain("line 1"));
    }

    [TestCase("::T::Texte {=a ~b", DiagnosticCodes.GiftUnclosedAnswerBlock, 1, 12)]
    [TestCase("::T::Texte =a ~b}", DiagnosticCodes.GiftUnopenedAnswerBlock, 1, 17)]
    [TestCase("::T::Texte {=a {~b}", DiagnosticCodes.GiftNestedBrace, 1, 16)]
    [TestCase("::T::Texte {=a ~b} puis {=c ~d}", DiagnosticCodes.GiftSecondAnswerBlock, 1, 25)]
    [TestCase("::Titre sans fin Texte {T}", DiagnosticCodes.GiftUnclosedTitle, 1, 1)]
    [TestCase("::T::Texte {=seul ~}", DiagnosticCodes.GiftEmptyAnswer, 1, 20)]
    [TestCase("::T::Texte {~a}", DiagnosticCodes.GiftTooFewChoices, 1, 13)]
    [TestCase("::T::Texte {=a -> b}", DiagnosticCodes.GiftTooFewPairs, 1, 13)]
    [TestCase("::T::Texte {=a -> b =c}", DiagnosticCodes.GiftPairWithoutArrow, 1, 22)]
    [TestCase("::T::Texte {#5..1}", DiagnosticCodes.GiftInvalidRange, 1, 14)]
    [TestCase("::T::Texte {=%50%a}", DiagnosticCodes.GiftNoFullMarkAnswer, 1, 13)]
    [TestCase("::T::Texte {~%150%a ~b}", DiagnosticCodes.GiftInvalidWeight, 1, 14)]
    [TestCase("::T::{T}", DiagnosticCodes.GiftEmptyQuestionText, 1, 1)]
    [TestCase("::T::Texte {#}", DiagnosticCodes.GiftNoNumericalAnswer, 1, 13)]
    [TestCase("::T::Texte {=a -> b =c -> d =a -> e}", DiagnosticCodes.GiftDuplicateMatchItem, 1, 30)]
    public void Errors_have_codes_and_positions(string gift, string code, int line, int column)
    {
        var result = Parse(gift);

        var error = result.Diagnostics.First(d => d.IsError);
        Assert.That((error.Code, error.Location!.Line, error.Location.Column), Is.EqualTo((code, line, column)), error.ToString());
        Assert.That(error.Hint, Is.Not.Empty);
        Assert.That(result.Questions, Is.Empty);
    }

    [Test]
    public void One_bad_question_does_not_hide_the_others()
    {
        var result = Parse("::A::Bon ?{T}\n\n::B::Mauvais {=a ~b\n\n::C::Bon aussi ?{F}\n\n::D::Encore mauvais {#abc}");

        Assert.That(result.Questions.Select(q => q.Id), Is.EqualTo(new[] { "a", "c" }));
        Assert.That(result.Diagnostics.Select(d => (d.Code, d.Location!.Line)), Is.EqualTo(new[] { (DiagnosticCodes.GiftUnclosedAnswerBlock, 3), (DiagnosticCodes.GiftInvalidNumber, 7) }));
    }

    [Test]
    public void Errors_inside_a_multiline_block_point_at_their_line()
    {
        var result = Parse("::T::Question\n{\n  =bon\n  ~%abc%x\n  ~\n}");

        var error = result.Diagnostics.Single();
        Assert.That((error.Code, error.Location!.Line, error.Location.Column), Is.EqualTo((DiagnosticCodes.GiftEmptyAnswer, 5, 4)));
    }
}
