using System.Text.Json.Nodes;
using Training.Engine.Records.Events;
using Training.Engine.Tests.Records;
using Training.Engine.Xapi;

namespace Training.Engine.Tests.Xapi;

/// <summary>The mapping of a real records database (SQLite, the records test modules) to xAPI statements.</summary>
public sealed class XapiExporterTests
{
    private const string Base = "https://lms.example.org/xapi/";
    private RecordsFixture _fixture = null!;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture();
        var records = _fixture.Records;
        records.AddTrainee("jane", "Jane Doe", "jane@example.org");
        records.AddTrainee("bob", "Bob Martin");
        records.Enroll("jane", "rec.track");
        records.Enroll("bob", "rec.solo");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        records.CompleteLesson("jane", "rec.basics", "intro");
        records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": false, "t2": true }"""));
        var retry = records.StartAttempt("jane", "rec.basics", "check");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(90));
        records.SubmitAttempt(retry.AttemptId, RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
        records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
        records.CompleteLesson("jane", "rec.basics", "details");
        records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }"""));
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Every_exported_statement_satisfies_the_xapi_rules()
    {
        var statements = Export();

        Assert.That(statements, Has.Count.GreaterThan(15));
        Assert.That(statements.Select(s => (Id: (string)s["id"]!, Errors: XapiStatementValidator.Validate(s))).Where(r => r.Errors.Count > 0), Is.Empty);
        Assert.That(statements.Select(s => (string)s["id"]!).Distinct().Count(), Is.EqualTo(statements.Count), "statement ids are unique");
    }

    [Test]
    public void Verbs_follow_the_events_in_order()
    {
        var verbs = Export().Where(s => Actor(s) == "mailto:jane@example.org").Select(s => Verb(s)).ToList();

        Assert.That(verbs, Is.EqualTo(new[]
        {
            "registered", "completed", "attempted", "failed", "answered", "answered", "attempted", "passed", "answered", "answered",
            "attempted", "passed", "answered", "completed", "completed", "attempted", "passed", "answered", "answered", "completed", "completed", "earned",
        }));
        Assert.That(Export().Single(s => Verb(s) == "earned")["verb"]!["id"]!.GetValue<string>(), Is.EqualTo("http://specification.openbadges.org/xapi/verbs/earned"));
        Assert.That(Export().First()["verb"]!["id"]!.GetValue<string>(), Is.EqualTo("http://adlnet.gov/expapi/verbs/registered"));
    }

    [Test]
    public void Actors_are_mailboxes_when_the_email_is_known_else_accounts()
    {
        var statements = Export();
        var bob = statements.Single(s => s["actor"]!["account"] is not null);

        Assert.That(statements.First()["actor"]!.ToJsonString(), Is.EqualTo("""{"objectType":"Agent","name":"Jane Doe","mbox":"mailto:jane@example.org"}"""));
        Assert.That(bob["actor"]!.ToJsonString(), Is.EqualTo("""{"objectType":"Agent","name":"Bob Martin","account":{"homePage":"https://lms.example.org","name":"bob"}}"""));
    }

    [Test]
    public void Activities_have_stable_iris_and_types_under_the_base_iri()
    {
        var statements = Export();
        var lesson = statements.First(s => Verb(s) == "completed");
        var answered = statements.First(s => Verb(s) == "answered");

        Assert.That((string)lesson["object"]!["id"]!, Is.EqualTo(Base + "modules/rec.basics/lessons/intro"));
        Assert.That((string)lesson["object"]!["definition"]!["type"]!, Is.EqualTo("http://adlnet.gov/expapi/activities/lesson"));
        Assert.That((string)answered["object"]!["id"]!, Is.EqualTo(Base + "modules/rec.basics/quizzes/check/questions/t1"));
        Assert.That((string)answered["object"]!["definition"]!["type"]!, Is.EqualTo("http://adlnet.gov/expapi/activities/cmi.interaction"));
        Assert.That(answered["context"]!["contextActivities"]!["parent"]![0]!["id"]!.GetValue<string>(), Is.EqualTo(Base + "modules/rec.basics/quizzes/check"));
        Assert.That(answered["context"]!["contextActivities"]!["grouping"]!.AsArray().Select(a => (string)a!["id"]!),
            Is.EqualTo(new[] { Base + "modules/rec.basics", Base + "tracks/rec.track" }));
        var module = statements.Single(s => (string)s["object"]!["id"]! == Base + "modules/rec.basics");
        Assert.That(module["object"]!["definition"]!.ToJsonString(), Is.EqualTo("""{"name":{"fr":"Bases","en":"Basics"},"type":"http://adlnet.gov/expapi/activities/module"}"""));
    }

    [Test]
    public void Scores_success_and_responses_come_from_the_graded_attempt()
    {
        var statements = Export();
        var failed = statements.First(s => Verb(s) == "failed");
        var passed = statements.First(s => Verb(s) == "passed");
        var answers = statements.Where(s => Verb(s) == "answered").Take(2).ToList();

        Assert.That(failed["result"]!.ToJsonString(), Is.EqualTo("""{"score":{"scaled":0,"raw":0,"min":0,"max":2},"success":false,"completion":true,"duration":"PT0S"}"""));
        Assert.That(passed["result"]!.ToJsonString(), Is.EqualTo("""{"score":{"scaled":1,"raw":2,"min":0,"max":2},"success":true,"completion":true,"duration":"PT90S"}"""));
        Assert.That(answers[0]["result"]!.ToJsonString(), Is.EqualTo("""{"score":{"scaled":0,"raw":0,"min":0,"max":1},"success":false,"response":"false"}"""));
        Assert.That(answers[1]["result"]!.ToJsonString(), Is.EqualTo("""{"score":{"scaled":0,"raw":0,"min":0,"max":1},"success":false,"response":"true"}"""));
    }

    [Test]
    public void Context_carries_the_registration_module_version_and_attempt()
    {
        var exporter = new XapiExporter(_fixture.Catalog, new XapiOptions { BaseIri = Base });
        var statements = exporter.Export(_fixture.Records.ListEvents());
        var janeRegistration = exporter.Registration("jane", "rec.track");
        var attempted = statements.First(s => Verb(s) == "attempted");
        var attemptId = _fixture.Records.ListEvents("jane").First(e => e.Kind == LearningEventKinds.AttemptStarted).Id;

        Assert.That(statements.Where(s => Actor(s) == "mailto:jane@example.org").Select(s => (string?)s["context"]!["registration"]).Distinct(), Is.EqualTo(new[] { janeRegistration }));
        Assert.That(janeRegistration, Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), "a version 5 UUID");
        Assert.That(exporter.Registration("bob", "rec.solo"), Is.Not.EqualTo(janeRegistration));
        Assert.That(attempted["context"]!["extensions"]!.ToJsonString(),
            Is.EqualTo($$"""{"{{Base}}extensions/module-version":"1.0.0","{{Base}}extensions/attempt":{{attemptId}}}"""));
        Assert.That((string)attempted["timestamp"]!, Is.EqualTo(_fixture.Records.ListEvents("jane").First(e => e.Kind == LearningEventKinds.AttemptStarted).At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That((string)attempted["version"]!, Is.EqualTo("1.0.3"));
    }

    [Test]
    public void Exporting_again_gives_the_same_statements()
    {
        var first = Export().Select(s => s.ToJsonString()).ToList();
        var second = Export().Select(s => s.ToJsonString()).ToList();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Since_keeps_later_events_with_the_context_of_earlier_ones()
    {
        var all = Export();
        var since = _fixture.Clock.GetUtcNow();
        _fixture.Clock.Advance(TimeSpan.FromDays(1));
        _fixture.Records.CompleteLesson("bob", "rec.basics", "intro");
        var later = new XapiExporter(_fixture.Catalog, new XapiOptions { BaseIri = Base }).Export(_fixture.Records.ListEvents(), since.AddSeconds(1));

        Assert.That(later, Has.Count.EqualTo(1));
        Assert.That(later[0]["actor"]!["name"]!.GetValue<string>(), Is.EqualTo("Bob Martin"), "the trainee-added event before --since still names the actor");
        Assert.That(later[0]["context"]!["contextActivities"]!["grouping"]![0]!["id"]!.GetValue<string>(), Is.EqualTo(Base + "tracks/rec.solo"));
        Assert.That(all.Select(s => (string)s["id"]!), Does.Not.Contain((string)later[0]["id"]!));
    }

    private List<JsonObject> Export() =>
        new XapiExporter(_fixture.Catalog, new XapiOptions { BaseIri = Base }).Export(_fixture.Records.ListEvents()).ToList();

    private static string Verb(JsonObject statement) => statement["verb"]!["id"]!.GetValue<string>().Split('/')[^1];

    private static string? Actor(JsonObject statement) => (string?)statement["actor"]!["mbox"];
}
