using System.Globalization;
using Mopa.Maps;
using Training.Sdk.Questions;
using Training.TestSupport;

namespace Training.Mopa.Tests.Maps;

public sealed class MapPointQuestionTypeTests
{
    private const string PauillacBody = "target=45.1990,-0.7460 radius=2km zero=25km";

    private readonly MapPointQuestionType _type = new();

    private MapPointQuestion Pauillac(string lang = "fr") => (MapPointQuestion)_type.Parse(Drafts.Of(PauillacBody, language: lang));

    private QuestionGrade Grade(Question question, string json) => _type.Grade(question, _type.ReadAnswer(question, Drafts.Json(json)));

    [Test]
    public void Parse_reads_every_field()
    {
        var question = (MapPointQuestion)_type.Parse(Drafts.Of("radius=500m\nzero=1.5km target=44.8378,-0.5792 map=gironde", language: "en"));
        Assert.Multiple(() =>
        {
            Assert.That(question.Type, Is.EqualTo("mopa.map-point"));
            Assert.That(question.TargetLatitude, Is.EqualTo(44.8378));
            Assert.That(question.TargetLongitude, Is.EqualTo(-0.5792));
            Assert.That(question.RadiusMeters, Is.EqualTo(500));
            Assert.That(question.ZeroMeters, Is.EqualTo(1500));
            Assert.That(question.Area, Is.EqualTo(MapArea.Gironde));
            Assert.That(question.Language, Is.EqualTo("en"));
            Assert.That(question.GeneralFeedback, Is.EqualTo("General feedback."));
            Assert.That(question.Text, Is.EqualTo("Question text."));
        });
    }

    [Test]
    public void Language_defaults_to_french() => Assert.That(((MapPointQuestion)_type.Parse(Drafts.Of(PauillacBody))).Language, Is.EqualTo("fr"));

    [TestCase("", 0, "missing")]
    [TestCase("radius=2km zero=25km", 20, "target")]
    [TestCase("target=45.1990 radius=2km zero=25km", 7, "latitude,longitude")]
    [TestCase("target=45,1990,-0,7460 radius=2km zero=25km", 7, "latitude,longitude")]
    [TestCase("target=45.1990,-0.7460 radius=2 zero=25km", 30, "unit")]
    [TestCase("target=45.1990,-0.7460 radius=2,5km zero=25km", 30, "dot")]
    [TestCase("target=45.1990,-0.7460 radius=2km zero=2km", 39, "more than")]
    [TestCase("target=45.1990,-0.7460 radius=0m zero=2km", 30, "above 0")]
    [TestCase("target=-0.7460,45.1990 radius=2km zero=25km", 7, "outside")]
    [TestCase("target=45.1990,-0.7460 radius=2km zero=25km colour=red", 44, "Unknown field 'colour'")]
    [TestCase("target=45.1990,-0.7460 radius=2km zero=25km radius=3km", 44, "twice")]
    [TestCase("Pauillac target=45.1990,-0.7460 radius=2km zero=25km", 0, "key=value")]
    [TestCase("target=45.1990,-0.7460 radius=2km zero=25km map=bretagne", 48, "Unknown map")]
    [TestCase("target=45.1990,-0.7460 radius=2km zero=25km lang=en", 44, "Unknown field 'lang'")]
    [TestCase("target=45.1990,abc radius=2km zero=25km", 15, "not a number")]
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
    public void The_exact_target_earns_full_credit()
    {
        var grade = Grade(Pauillac(), """{ "lat": 45.1990, "lon": -0.7460 }""");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.EqualTo(1));
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Correct));
            Assert.That(grade.Feedback, Does.StartWith("Bien placé"));
        });
    }

    [Test]
    public void A_point_within_the_radius_earns_full_credit()
    {
        // 0.015° of latitude is about 1.7 km.
        var grade = Grade(Pauillac("en"), """{ "lat": 45.2140, "lon": -0.7460 }""");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Correct));
            Assert.That(grade.Feedback, Is.EqualTo("Well placed: your point is 1.7 km from the expected place (full credit within 2 km)."));
        });
    }

    [Test]
    public void Credit_decreases_linearly_between_radius_and_zero()
    {
        var question = Pauillac();
        var south = 45.1990 - (13_600 / MapPointQuestionType.EarthRadiusMeters * 180 / Math.PI); // 13.6 km south
        var grade = Grade(question, $$"""{ "lat": {{south.ToString(CultureInfo.InvariantCulture)}}, "lon": -0.7460 }""");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Partial));
            Assert.That(grade.Fraction, Is.EqualTo((25_000 - 13_600) / 23_000.0).Within(1e-6));
            Assert.That(grade.Feedback, Does.Contain("14 km au nord de votre point").And.Contain("50 %"));
        });
    }

    [Test]
    public void A_point_beyond_zero_earns_nothing_and_says_where_the_place_is()
    {
        // Bordeaux instead of Pauillac: about 41 km, the place is to the north.
        var french = Grade(Pauillac(), """{ "lat": 44.8378, "lon": -0.5792 }""");
        var english = Grade(Pauillac("en"), """{ "lat": 44.8378, "lon": -0.5792 }""");
        Assert.Multiple(() =>
        {
            Assert.That(french.Fraction, Is.Zero);
            Assert.That(french.Outcome, Is.EqualTo(GradeOutcome.Incorrect));
            Assert.That(french.Feedback, Is.EqualTo("Trop loin : le lieu attendu est à 42 km au nord de votre point (aucun crédit au-delà de 25 km)."));
            Assert.That(english.Feedback, Is.EqualTo("Too far: the expected place is 42 km north of your point (no credit beyond 25 km)."));
        });
    }

    [Test]
    public void A_forgotten_minus_sign_is_far_to_the_east()
    {
        var grade = Grade(Pauillac("en"), """{ "lat": 45.1990, "lon": 0.7460 }""");
        Assert.Multiple(() =>
        {
            Assert.That(grade.Fraction, Is.Zero);
            Assert.That(grade.Feedback, Does.Contain("west of your point"));
        });
    }

    [TestCase("[45.199, -0.746]", "got a JSON array")]
    [TestCase("\"45.199,-0.746\"", "got a JSON string")]
    [TestCase("{ \"lat\": 45.199 }", "Both 'lat' and 'lon'")]
    [TestCase("{ \"lat\": \"45.199\", \"lon\": -0.746 }", "'lat' must be a JSON number")]
    [TestCase("{ \"lat\": 91, \"lon\": -0.746 }", "between -90 and 90")]
    [TestCase("{ \"lat\": 45.199, \"lon\": -181 }", "between -180 and 180")]
    [TestCase("{ \"lat\": 45.199, \"lng\": -0.746 }", "Unexpected property 'lng'")]
    [TestCase("{ \"lat\": null, \"lon\": -0.746 }", "'lat' must be a JSON number")]
    public void Malformed_answers_are_rejected_with_the_expected_shape(string json, string message)
    {
        var error = Assert.Throws<AnswerFormatException>(() => _type.ReadAnswer(Pauillac(), Drafts.Json(json)))!;
        Assert.That(error.Message, Does.Contain(message).And.Contain("\"lat\": number, \"lon\": number"));
    }

    [Test]
    public void Presentation_gives_the_map_but_never_the_target()
    {
        var question = Pauillac();
        var presentation = _type.Present(question, "en");
        var shown = string.Join("|", presentation.Data.Values.Append(presentation.AnswerHint).Append(presentation.Text).Concat(presentation.Options));
        Assert.Multiple(() =>
        {
            Assert.That(presentation.Type, Is.EqualTo("mopa.map-point"));
            Assert.That(presentation.Data["bounds"], Is.EqualTo("44.1,-1.35,45.65,0.35"));
            Assert.That(presentation.Data["mapImage"], Is.EqualTo("content/maps/gironde.svg"));
            Assert.That(presentation.Data["projection"], Is.EqualTo("equirectangular"));
            Assert.That(presentation.Data["mapTitle"], Is.EqualTo("Gironde and the Aquitaine coast"));
            Assert.That(shown, Does.Not.Contain("45.19").And.Not.Contain("0.746").And.Not.Contain("45,19"));
            Assert.That(presentation.AnswerHint, Does.Contain("within 2 km"));
            Assert.That(_type.Present(question, "fr").AnswerHint, Does.StartWith("Cliquez"));
        });
    }

    [Test]
    public void The_map_image_ships_in_the_plugin_content()
    {
        var image = Path.Combine(RepositoryPaths.Root, "plugins", "Mopa.Maps", MapArea.Gironde.Image);
        Assert.That(File.ReadAllText(image), Does.Contain("viewBox=\"0 0 622 800\"").And.Contain("Bordeaux"));
    }

    [Test]
    public void One_degree_of_latitude_is_about_111_km() =>
        Assert.That(MapPointQuestionType.DistanceMeters(44, -0.5, 45, -0.5), Is.EqualTo(111_195).Within(1));

    [Test]
    public void Distance_is_symmetric_and_zero_on_the_point()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MapPointQuestionType.DistanceMeters(44.8378, -0.5792, 45.199, -0.746), Is.EqualTo(MapPointQuestionType.DistanceMeters(45.199, -0.746, 44.8378, -0.5792)));
            Assert.That(MapPointQuestionType.DistanceMeters(44.8378, -0.5792, 44.8378, -0.5792), Is.Zero);
        });
    }

    [Test]
    public void Grading_is_deterministic_across_threads()
    {
        var question = Pauillac();
        var grades = Drafts.GradeConcurrently(_type, question, Drafts.Json("""{ "lat": 45.1, "lon": -0.8 }"""));
        Assert.That(grades.Distinct(), Has.Exactly(1).Items);
    }

    [Test]
    public void A_question_of_another_type_is_refused() =>
        Assert.Throws<ArgumentException>(() => _type.Present(new EssayQuestion { Id = "e", Text = "t" }, "fr"));
}
