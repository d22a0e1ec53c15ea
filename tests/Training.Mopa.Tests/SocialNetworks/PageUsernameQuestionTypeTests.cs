using Mopa.SocialNetworks;
using Training.Sdk.Questions;

namespace Training.Mopa.Tests.SocialNetworks;

public sealed class PageUsernameQuestionTypeTests
{
    private readonly PageUsernameQuestionType _type = new();

    private PageUsernameQuestion Palombes(string lang = "fr") =>
        (PageUsernameQuestion)_type.Parse(Drafts.Of("business=Gîte Les Palombes", language: lang));

    private PageUsernameQuestion Tilleuls(string lang = "fr") =>
        (PageUsernameQuestion)_type.Parse(Drafts.Of("business=Château des Tilleuls max=15", language: lang));

    private QuestionGrade Grade(Question question, string username) =>
        _type.Grade(question, _type.ReadAnswer(question, Drafts.Json(System.Text.Json.JsonSerializer.Serialize(username))));

    [Test]
    public void Parse_reads_the_business_with_its_spaces_and_builds_a_valid_example()
    {
        var palombes = Palombes();
        var tilleuls = Tilleuls("en");
        Assert.Multiple(() =>
        {
            Assert.That(palombes.Type, Is.EqualTo("mopa.page-username"));
            Assert.That(palombes.Business, Is.EqualTo("Gîte Les Palombes"));
            Assert.That(palombes.MaxLength, Is.EqualTo(50));
            Assert.That(palombes.DistinctiveWords, Is.EqualTo(new[] { "palombes" }));
            Assert.That(palombes.Example, Is.EqualTo("gitelespalombes"));
            Assert.That(tilleuls.MaxLength, Is.EqualTo(15));
            Assert.That(tilleuls.Example, Is.EqualTo("chateautilleuls"), "the full name has 18 characters: the stop word goes first");
            Assert.That(tilleuls.Language, Is.EqualTo("en"));
        });
    }

    [TestCase("", 0, "'business=' is missing")]
    [TestCase("max=15", 6, "'business=' is missing")]
    [TestCase("business=Gîte de la Plage", 9, "no distinctive word")]
    [TestCase("business=Hôtel Bordeaux", 9, "no distinctive word")]
    [TestCase("business=Gîte Les Palombes max=4", 31, "from 5 to 50")]
    [TestCase("business=Gîte Les Palombes max=51", 31, "from 5 to 50")]
    [TestCase("business=Gîte Les Palombes max=ten", 31, "whole number")]
    [TestCase("business=Domaine des Grandsmarronniers max=6", 9, "No valid username of at most 6")]
    [TestCase("name=Gîte Les Palombes", 0, "Unknown field 'name'")]
    [TestCase("business=Gîte Les Palombes lang=en", 27, "Unknown field 'lang'")]
    [TestCase("business= max=15", 0, "has no value")]
    public void Parse_rejects_a_bad_body_at_the_right_offset(string body, int offset, string message)
    {
        var error = Drafts.ParseError(_type, body);
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(message));
            Assert.That(error.Offset, Is.EqualTo(offset));
        });
    }

    [TestCase("gitelespalombes")]
    [TestCase("lespalombes")]
    [TestCase("Gite.Les.Palombes")]
    [TestCase("  palombes33  ")]
    public void A_username_following_every_rule_earns_full_credit(string username)
    {
        var grade = Grade(Palombes(), username);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Correct));
            Assert.That(grade.Feedback, Does.Contain("respecte les 6 règles").And.Contain("facebook.com/" + username.Trim()));
        });
    }

    [Test]
    public void One_broken_rule_earns_five_sixths_and_names_the_rule()
    {
        var grade = Grade(Tilleuls(), "chateaudestilleuls");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Partial));
            Assert.That(grade.Fraction, Is.EqualTo(5 / 6.0).Within(1e-9));
            Assert.That(grade.Feedback, Is.EqualTo(
                "« chateaudestilleuls » enfreint 1 des 6 règles :\n"
                + "- Longueur : il compte 18 caractères ; il en faut de 5 à 15 (pour servir aussi sur X).\n"
                + "Exemple valide : chateautilleuls."));
        });
    }

    [Test]
    public void Feedback_is_in_english_for_english_files_and_lists_the_bad_characters()
    {
        var grade = Grade(Palombes("en"), "gîte_palombes");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.EqualTo(5 / 6.0).Within(1e-9), "the accent and the underscore break one rule, characters");
            Assert.That(grade.Feedback, Does.StartWith("\"gîte_palombes\" breaks 1 of the 6 rules:"));
            Assert.That(grade.Feedback, Does.Contain("Characters: only unaccented letters, digits and periods are allowed, not \"î\", \"_\"."));
            Assert.That(grade.Feedback, Does.Contain("A valid example: gitelespalombes."));
        });
    }

    [TestCase("hotelbordeaux", new[] { UsernameRule.Generic, UsernameRule.Business })]
    [TestCase("camping33", new[] { UsernameRule.Generic, UsernameRule.Business })]
    [TestCase("palombes.facebook", new[] { UsernameRule.Reserved })]
    [TestCase("12345", new[] { UsernameRule.Letters, UsernameRule.Business })]
    [TestCase("admin", new[] { UsernameRule.Reserved, UsernameRule.Generic, UsernameRule.Business })]
    [TestCase("pal", new[] { UsernameRule.Length, UsernameRule.Business })]
    [TestCase("les palombes", new[] { UsernameRule.Characters })]
    public void Each_rule_is_checked(string username, UsernameRule[] expected) =>
        Assert.That(PageUsernameRules.Broken(username, 50, Palombes().DistinctiveWords), Is.EqualTo(expected));

    [Test]
    public void Every_broken_rule_is_named_in_the_feedback()
    {
        var french = Grade(Palombes(), "page");
        var english = Grade(Palombes("en"), "page");
        Assert.Multiple(() =>
        {
            Assert.That(french.Fraction, Is.Zero, "four broken rules: not a usable proposal");
            Assert.That(french.Outcome, Is.EqualTo(GradeOutcome.Incorrect));
            Assert.That(french.Feedback, Does.Contain("enfreint 4 des 6 règles").And.Contain("- Longueur").And.Contain("- Mots réservés").And.Contain("- Termes génériques").And.Contain("- Reconnaissable"));
            Assert.That(english.Feedback, Does.Contain("breaks 4 of the 6 rules").And.Contain("- Length").And.Contain("- Reserved words").And.Contain("- Generic words").And.Contain("- Recognisable"));
        });
    }

    [TestCase("!!!")]
    [TestCase("gîte gironde")]
    public void A_username_breaking_three_rules_or_more_earns_nothing(string username)
    {
        var grade = Grade(Palombes(), username);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.Zero);
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Incorrect));
            Assert.That(grade.Feedback, Does.Contain("Exemple valide : gitelespalombes."));
        });
    }

    [TestCase("42", "got a JSON number")]
    [TestCase("[\"palombes\"]", "got a JSON array")]
    [TestCase("{ \"username\": \"palombes\" }", "got a JSON object")]
    [TestCase("null", "got a JSON null")]
    [TestCase("\"   \"", "empty")]
    public void Malformed_answers_are_rejected_with_the_expected_shape(string json, string message)
    {
        var error = Assert.Throws<AnswerFormatException>(() => _type.ReadAnswer(Palombes(), Drafts.Json(json)))!;
        Assert.That(error.Message, Does.Contain(message).And.Contain("non-empty JSON string"));
    }

    [Test]
    public void Presentation_gives_the_rules_frame_but_no_example()
    {
        var question = Tilleuls();
        var presentation = _type.Present(question, "fr");
        var shown = string.Join("|", presentation.Data.Values.Append(presentation.AnswerHint).Append(presentation.Text).Concat(presentation.Options));
        Assert.Multiple(() =>
        {
            Assert.That(presentation.Type, Is.EqualTo("mopa.page-username"));
            Assert.That(presentation.Data["business"], Is.EqualTo("Château des Tilleuls"));
            Assert.That(presentation.Data["maxLength"], Is.EqualTo("15"));
            Assert.That(presentation.AnswerHint, Does.Contain("5 à 15 caractères"));
            Assert.That(shown, Does.Not.Contain(question.Example));
            Assert.That(_type.Present(question, "en").AnswerHint, Does.Contain("5 to 15 characters"));
        });
    }

    [Test]
    public void Grading_is_deterministic_across_threads()
    {
        var question = Palombes();
        var grades = Drafts.GradeConcurrently(_type, question, Drafts.Json("\"gite_palombes\""));
        Assert.That(grades.Distinct(), Has.Exactly(1).Items);
    }
}
