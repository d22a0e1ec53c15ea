using Mopa.EBooking;
using Training.Sdk.Questions;

namespace Training.Mopa.Tests.EBooking;

public sealed class OverbookingNightQuestionTypeTests
{
    // One gîte, three channels: the 11th is a changeover (not overbooked), the night of the 17th is sold twice.
    private const string LaBorie = "units=1 stays=Centrale du label 2026-07-04>2026-07-11; Plateforme 2026-07-11>2026-07-18; Site 2026-07-17>2026-07-24";

    private readonly OverbookingNightQuestionType _type = new();

    private OverbookingNightQuestion Grid(string lang = "fr") => (OverbookingNightQuestion)_type.Parse(Drafts.Of(LaBorie, language: lang));

    private QuestionGrade Grade(Question question, string date) => _type.Grade(question, _type.ReadAnswer(question, Drafts.Json($"\"{date}\"")));

    [Test]
    public void Parse_reads_the_stays_and_finds_the_night()
    {
        var question = Grid();
        Assert.Multiple(() =>
        {
            Assert.That(question.Type, Is.EqualTo("mopa.overbooking-night"));
            Assert.That(question.Units, Is.EqualTo(1));
            Assert.That(question.Stays, Has.Count.EqualTo(3));
            Assert.That(question.Stays[0], Is.EqualTo(new Stay("Centrale du label", new DateOnly(2026, 7, 4), new DateOnly(2026, 7, 11))));
            Assert.That(question.Night, Is.EqualTo(new DateOnly(2026, 7, 17)));
            Assert.That(question.Occupancy(new DateOnly(2026, 7, 11)), Is.EqualTo(1), "a changeover day is not overbooked");
        });
    }

    [TestCase("stays=A 2026-07-01>2026-07-03", 29, "'units=' is missing")]
    [TestCase("units=0 stays=A 2026-07-01>2026-07-03", 6, "from 1 to 50")]
    [TestCase("units=1 stays=A 2026-07-01>2026-07-03; B 01/07/2026>2026-07-02", 39, "YYYY-MM-DD")]
    [TestCase("units=1 stays=A 2026-07-05>2026-07-03", 14, "leaves before it arrives")]
    [TestCase("units=1 stays=A 2026-07-01>2026-07-03; B 2026-07-03>2026-07-05", 14, "none is")]
    [TestCase("units=1 stays=A 2026-07-01>2026-07-05; B 2026-07-02>2026-07-04", 14, "2 are (2026-07-02, 2026-07-03)")]
    [TestCase("units=1 stays=A 2026-01-01>2026-12-31; B 2026-07-02>2026-07-03", 14, "more than 62 nights")]
    [TestCase("units=1 stays= ; ", 15, "lists no stay")]
    [TestCase("units=1 stays=", 8, "has no value")]
    [TestCase("lang=en units=1 stays=A 2026-07-01>2026-07-03", 0, "Unknown field 'lang'")]
    public void Parse_rejects_a_bad_body_at_the_right_offset(string body, int offset, string message)
    {
        var error = Drafts.ParseError(_type, body);
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(message));
            Assert.That(error.Offset, Is.EqualTo(offset));
        });
    }

    [Test]
    public void The_overbooked_night_earns_full_credit()
    {
        var french = Grade(Grid(), "2026-07-17");
        var english = Grade(Grid("en"), " 2026-07-17 ");
        Assert.Multiple(() =>
        {
            Assert.That(french.Outcome, Is.EqualTo(GradeOutcome.Correct));
            Assert.That(french.Feedback, Is.EqualTo("Exact : la nuit du 17 au 18 juillet (2026-07-17) est vendue 2 fois pour 1 logement(s)."));
            Assert.That(english.Feedback, Is.EqualTo("Right: the night of 17 to 18 July (2026-07-17) is sold 2 times for 1 unit(s)."));
        });
    }

    [Test]
    public void The_night_after_earns_half_credit_and_explains_departure_days()
    {
        var grade = Grade(Grid(), "2026-07-18");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Partial));
            Assert.That(grade.Fraction, Is.EqualTo(OverbookingNightQuestionType.NextNightCredit));
            Assert.That(grade.Feedback, Does.Contain("Le jour du départ n'est pas une nuit occupée").And.Contain("17 au 18 juillet"));
        });
    }

    [TestCase("2026-07-11", "La nuit du 11 au 12 juillet (2026-07-11) est occupée par 1 séjour(s) pour 1 logement(s).")]
    [TestCase("2026-08-01", "La nuit du 1 au 2 août (2026-08-01) est occupée par 0 séjour(s) pour 1 logement(s).")]
    [TestCase("2026-07-31", "La nuit du 31 juillet au 1 août (2026-07-31) est occupée par 0 séjour(s)")]
    public void Another_night_earns_nothing_and_gives_its_occupancy(string date, string start)
    {
        var grade = Grade(Grid(), date);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.Zero);
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Incorrect));
            Assert.That(grade.Feedback, Does.StartWith(start).And.Contain("La nuit surréservée est celle du 17 au 18 juillet"));
        });
    }

    [TestCase("\"17/07/2026\"", "not a date written YYYY-MM-DD")]
    [TestCase("\"2026-02-30\"", "not a date written YYYY-MM-DD")]
    [TestCase("\"\"", "not a date written YYYY-MM-DD")]
    [TestCase("20260717", "got a JSON number")]
    [TestCase("[\"2026-07-17\"]", "got a JSON array")]
    public void Malformed_answers_are_rejected_with_the_expected_shape(string json, string message)
    {
        var error = Assert.Throws<AnswerFormatException>(() => _type.ReadAnswer(Grid(), Drafts.Json(json)))!;
        Assert.That(error.Message, Does.Contain(message).And.Contain("YYYY-MM-DD"));
    }

    [Test]
    public void Presentation_gives_the_grid_but_not_the_night()
    {
        var presentation = _type.Present(Grid(), "en");
        Assert.Multiple(() =>
        {
            Assert.That(presentation.Data["units"], Is.EqualTo("1"));
            Assert.That(presentation.Data["stays"], Is.EqualTo("Centrale du label|2026-07-04|2026-07-11\nPlateforme|2026-07-11|2026-07-18\nSite|2026-07-17|2026-07-24"));
            Assert.That(presentation.AnswerHint, Does.Contain("YYYY-MM-DD").And.Not.Contain("2026-07-17"));
            Assert.That(_type.Present(Grid(), "fr").AnswerHint, Does.Contain("AAAA-MM-JJ"));
        });
    }

    [Test]
    public void Grading_is_deterministic_across_threads()
    {
        var question = Grid();
        var grades = Drafts.GradeConcurrently(_type, question, Drafts.Json("\"2026-07-18\""));
        Assert.That(grades.Distinct(), Has.Exactly(1).Items);
    }
}
