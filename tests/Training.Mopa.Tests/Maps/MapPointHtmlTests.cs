using Mopa.Maps;
using Training.Sdk.Questions;

namespace Training.Mopa.Tests.Maps;

/// <summary>The map question in a web host: the module's own map and bounds, never the target; the form read back into the answer the type grades.</summary>
public sealed class MapPointHtmlTests
{
    private readonly MapPointQuestionType _type = new();

    private static QuestionRenderContext Context(string language = "fr", string? previous = null) => new()
    {
        FieldPrefix = "q.place.",
        Language = language,
        AssetUrl = path => "/assets/" + path,
        PreviousAnswer = previous is null ? null : Drafts.Json(previous),
    };

    private static QuestionFormValues Form(params (string Name, string Value)[] fields) =>
        new(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList()));

    private QuestionPresentation Presentation(string language = "fr") =>
        _type.Present(_type.Parse(Drafts.Of("target=45.1990,-0.7460 radius=2km zero=25km")), language);

    [Test]
    public void Renders_the_module_map_with_its_bounds_and_two_coordinate_fields()
    {
        var html = _type.RenderHtml(Presentation(), Context());

        Assert.That(html.Html, Does.Contain("src=\"/assets/content/maps/gironde.svg\"").And.Contain("data-bounds=\"44.1,-1.35,45.65,0.35\""));
        Assert.That(html.Html, Does.Contain("name=\"q.place.lat\"").And.Contain("name=\"q.place.lon\""));
        Assert.That(html.Html, Does.Not.Contain("45.199").And.Not.Contain("0.746"), "never the target");
        Assert.That(html.Scripts, Is.EqualTo(new[] { MapPointQuestionType.Script }));
    }

    [Test]
    public void A_previous_answer_fills_the_fields()
    {
        var html = _type.RenderHtml(Presentation("en"), Context("en", """{ "lat": 44.8378, "lon": -0.5792 }"""));

        Assert.That(html.Html, Does.Contain("value=\"44.8378\"").And.Contain("value=\"-0.5792\"").And.Contain("Latitude (decimal degrees)"));
    }

    [Test]
    public void The_form_reads_back_into_a_gradable_answer_with_either_decimal_separator()
    {
        var question = _type.Parse(Drafts.Of("target=45.1990,-0.7460 radius=2km zero=25km"));

        var answer = _type.ReadForm(Presentation(), Form(("q.place.lat", "45,199"), ("q.place.lon", " -0.746 ")), Context())!.Value;

        Assert.That(_type.Grade(question, _type.ReadAnswer(question, answer)).Outcome, Is.EqualTo(GradeOutcome.Correct));
    }

    [Test]
    public void Empty_fields_are_unanswered_and_half_filled_ones_say_what_is_missing()
    {
        Assert.That(_type.ReadForm(Presentation(), Form(("q.place.lat", " "), ("q.place.lon", "")), Context()), Is.Null);

        var error = Assert.Throws<AnswerFormatException>(() => _type.ReadForm(Presentation(), Form(("q.place.lat", "45.1")), Context("en")))!;
        Assert.That(error.Message, Does.Contain("both the latitude and the longitude"));
        Assert.That(() => _type.ReadForm(Presentation(), Form(("q.place.lat", "north"), ("q.place.lon", "1")), Context()), Throws.TypeOf<AnswerFormatException>().With.Message.Contains("north"));
    }

    [Test]
    public void The_script_ships_with_the_module()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "modules", "mopa.maps", MapPointQuestionType.Script);

        Assert.That(File.ReadAllText(script), Does.Contain("data-bounds").And.Contain("data-map-lat"));
    }
}
