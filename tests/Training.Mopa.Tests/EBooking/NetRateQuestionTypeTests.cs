using System.Globalization;
using Mopa.EBooking;
using Training.Sdk.Questions;

namespace Training.Mopa.Tests.EBooking;

public sealed class NetRateQuestionTypeTests
{
    private readonly NetRateQuestionType _type = new();

    // The lesson's Saint-Émilion example: 120 € net at 18 % → 146.34 €.
    private NetRateQuestion SaintEmilion(string lang = "fr") =>
        (NetRateQuestion)_type.Parse(Drafts.Of("net=120 commission=18% tolerance=0.01 close=2", language: lang));

    private QuestionGrade Grade(Question question, double price) =>
        _type.Grade(question, _type.ReadAnswer(question, Drafts.Json(price.ToString(CultureInfo.InvariantCulture))));

    [Test]
    public void Parse_reads_every_field_and_computes_the_price()
    {
        var question = SaintEmilion("en");
        Assert.Multiple(() =>
        {
            Assert.That(question.Type, Is.EqualTo("mopa.net-rate"));
            Assert.That(question.Net, Is.EqualTo(120));
            Assert.That(question.Commission, Is.EqualTo(0.18).Within(1e-12));
            Assert.That(question.Price, Is.EqualTo(146.3414634).Within(1e-6));
            Assert.That(question.AddedPercentagePrice, Is.EqualTo(141.6).Within(1e-9));
            Assert.That(question.Tolerance, Is.EqualTo(0.01));
            Assert.That(question.Close, Is.EqualTo(2));
            Assert.That(question.Language, Is.EqualTo("en"));
        });
    }

    [Test]
    public void Tolerance_and_close_have_defaults()
    {
        var question = (NetRateQuestion)_type.Parse(Drafts.Of("net=80 commission=20%"));
        Assert.Multiple(() =>
        {
            Assert.That(question.Price, Is.EqualTo(100).Within(1e-9));
            Assert.That(question.Tolerance, Is.EqualTo(0.5));
            Assert.That(question.Close, Is.EqualTo(2), "2 % of the price");
            Assert.That(question.Language, Is.EqualTo("fr"));
        });
    }

    [TestCase("commission=20%", 14, "'net=' is missing")]
    [TestCase("net=80", 6, "'commission=' is missing")]
    [TestCase("net=80 commission=20", 18, "percentage such as '20%'")]
    [TestCase("net=80 commission=100%", 18, "below 100%")]
    [TestCase("net=80 commission=0%", 18, "above 0%")]
    [TestCase("net=-5 commission=20%", 4, "above 0")]
    [TestCase("net=80,5 commission=20%", 4, "dot")]
    [TestCase("net=eighty commission=20%", 4, "not a number")]
    [TestCase("net=80 commission=20% tolerance=-1", 32, "0 or more")]
    [TestCase("net=80 commission=20% tolerance=1 close=0.5", 40, "at least 'tolerance'")]
    [TestCase("net=80 commission=20% rate=100", 22, "Unknown field 'rate'")]
    [TestCase("net=80 commission=20% lang=en", 22, "Unknown field 'lang'")]
    [TestCase("80 € net, 20 %", 0, "key=value")]
    public void Parse_rejects_a_bad_body_at_the_right_offset(string body, int offset, string message)
    {
        var error = Drafts.ParseError(_type, body);
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(message));
            Assert.That(error.Offset, Is.EqualTo(offset));
        });
    }

    [TestCase(146.34)]
    [TestCase(146.35)]
    [TestCase(146.3414634146)]
    public void The_right_price_earns_full_credit_and_shows_the_formula(double price)
    {
        var grade = Grade(SaintEmilion(), price);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Correct));
            Assert.That(grade.Feedback, Does.StartWith("Exact : prix = net ÷ (1 − commission) = 120,00 € ÷ 0,82 = 146,34 €."));
        });
    }

    [Test]
    public void The_english_feedback_uses_english_number_formats()
    {
        var grade = Grade(SaintEmilion("en"), 146.34);
        Assert.That(grade.Feedback, Is.EqualTo("Right: price = net ÷ (1 − commission) = €120.00 ÷ 0.82 = €146.34. At €146.34, the channel keeps 18% and you receive €120.00, the net you wanted."));
    }

    [Test]
    public void A_close_price_earns_half_credit()
    {
        var grade = Grade(SaintEmilion(), 145);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Partial));
            Assert.That(grade.Fraction, Is.EqualTo(NetRateQuestionType.CloseCredit));
            Assert.That(grade.Feedback, Does.StartWith("Presque, mais pas exact. À 145,00 €, le canal prélève 18 % et vous touchez 118,90 €, soit 1,10 € de moins que les 120,00 € voulus."));
        });
    }

    [Test]
    public void Adding_the_percentage_earns_nothing_and_the_mistake_is_explained()
    {
        var french = Grade(SaintEmilion(), 141.60);
        var english = Grade(SaintEmilion("en"), 141.60);
        Assert.Multiple(() =>
        {
            Assert.That(french.Fraction, Is.Zero);
            Assert.That(french.Outcome, Is.EqualTo(GradeOutcome.Incorrect));
            Assert.That(french.Feedback, Does.StartWith("C'est l'erreur classique du pourcentage ajouté (120,00 € + 18 %)").And.Contain("vous touchez 116,11 €, soit 3,89 € de moins que prévu").And.Contain("146,34 €"));
            Assert.That(english.Feedback, Does.StartWith("That is the classic mistake of adding the percentage (€120.00 + 18%)").And.Contain("you receive €116.11, €3.89 short"));
        });
    }

    [Test]
    public void The_mistake_is_recognised_even_inside_the_close_band()
    {
        // 10 % on 90 €: right 100 €, "added" 99 €, one euro apart.
        var question = (NetRateQuestion)_type.Parse(Drafts.Of("net=90 commission=10% tolerance=0.01 close=2"));
        var grade = Grade(question, 99);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.Zero);
            Assert.That(grade.Feedback, Does.Contain("pourcentage ajouté"));
        });
    }

    [TestCase(120, "Ce n'est pas le bon prix. À 120,00 €, le canal prélève 18 % et vous touchez 98,40 €, soit 21,60 € de moins que les 120,00 € voulus.")]
    [TestCase(200, "Ce n'est pas le bon prix. À 200,00 €, le canal prélève 18 % et vous touchez 164,00 €, soit 44,00 € de plus que nécessaire : un prix trop élevé fait perdre des réservations.")]
    public void A_wrong_price_earns_nothing_and_says_what_it_really_nets(double price, string start)
    {
        var grade = Grade(SaintEmilion(), price);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.Zero);
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Incorrect));
            Assert.That(grade.Feedback, Does.StartWith(start).And.EndWith("120,00 € ÷ 0,82 = 146,34 €."));
        });
    }

    [Test]
    public void A_commission_with_a_decimal_is_shown_with_it()
    {
        var question = (NetRateQuestion)_type.Parse(Drafts.Of("net=74 commission=18.5% tolerance=0.05", language: "en"));
        var grade = Grade(question, 90.80);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Correct));
            Assert.That(grade.Feedback, Does.Contain("€74.00 ÷ 0.815 = €90.80").And.Contain("keeps 18.5%"));
        });
    }

    [TestCase("\"146.34\"", "got a JSON string")]
    [TestCase("{ \"price\": 146.34 }", "got a JSON object")]
    [TestCase("[146.34]", "got a JSON array")]
    [TestCase("true", "got a JSON true")]
    [TestCase("0", "above 0")]
    [TestCase("-146.34", "above 0")]
    [TestCase("1e400", "above 0")]
    public void Malformed_answers_are_rejected_with_the_expected_shape(string json, string message)
    {
        var error = Assert.Throws<AnswerFormatException>(() => _type.ReadAnswer(SaintEmilion(), Drafts.Json(json)))!;
        Assert.That(error.Message, Does.Contain(message).And.Contain("positive JSON number"));
    }

    [Test]
    public void Presentation_never_shows_the_price_or_the_formula()
    {
        var question = SaintEmilion();
        foreach (var lang in new[] { "fr", "en" })
        {
            var presentation = _type.Present(question, lang);
            var shown = string.Join("|", presentation.Data.Values.Append(presentation.AnswerHint).Append(presentation.Text).Concat(presentation.Options));
            Assert.Multiple(() =>
            {
                Assert.That(presentation.Type, Is.EqualTo("mopa.net-rate"));
                Assert.That(shown, Does.Not.Contain("146").And.Not.Contain("÷").And.Not.Contain("141"));
                Assert.That(presentation.Data["unit"], Is.EqualTo("EUR"));
            });
        }
    }

    [Test]
    public void Grading_is_deterministic_across_threads()
    {
        var question = SaintEmilion();
        var grades = Drafts.GradeConcurrently(_type, question, Drafts.Json("145.5"));
        Assert.That(grades.Distinct(), Has.Exactly(1).Items);
    }
}
