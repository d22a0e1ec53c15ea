using System.Globalization;
using System.Net;
using System.Text.Json;
using Training.Engine.Access;

namespace Training.Web.Tests.Coordination;

/// <summary>Grading an essay from the review queue: the form goes through the engine, which updates the attempt and the trainee's progress.</summary>
public sealed class ReviewPageTests
{
    private StaffScenario _scenario = null!;
    private int _next;

    [OneTimeSetUp]
    public void Start() => _scenario = StaffScenario.Writable;

    [Test]
    public async Task The_coordinator_grades_an_essay_and_the_trainee_completes_the_track()
    {
        var (trainee, attempt) = PendingEssay("Hugo raconte une visite.");
        var client = await _scenario.As("coord-a");
        var queue = await client.Get("/coordinate/review");
        var essay = queue.Document.QuerySelector($"article.essay[data-attempt='{attempt}']")!;
        Assert.That(essay.QuerySelector(".essay-text")?.TextContent, Is.EqualTo("Hugo raconte une visite."));
        Assert.That(essay.QuerySelector(".prompt")?.TextContent, Does.Contain("Racontez une visite"));

        var page = await client.PostWithToken(
            "/coordinate/review?handler=grade",
            [new("attemptId", attempt.ToString(CultureInfo.InvariantCulture)), new("questionId", "story"), new("score", "2,5"), new("feedback", "Bon récit.")],
            queue.AntiforgeryToken);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
        Assert.That(page.Document.QuerySelector("#graded")?.TextContent, Does.Contain("2.5/3").And.Contain("87.5 %").And.Contain("est réussie"));
        Assert.That(page.Document.QuerySelector($"article.essay[data-attempt='{attempt}']"), Is.Null, "the essay left the queue");
        Assert.That(page.Document.QuerySelector($"article.essay[data-attempt='{_scenario.BenEssay}']"), Is.Not.Null, "the others stay");
        var coordinator = _scenario.App.Platform.Access.ForCoordinator(new Principal("coord-a", Role.Coordinator));
        Assert.That(coordinator.GetProgress(trainee).Tracks.Single().Completed, Is.True, "the track is completed: both quizzes passed");
        Assert.That(coordinator.ListCertificates(trainee), Has.Count.EqualTo(1));
    }

    [TestCase("4", "between 0 and 3")]
    [TestCase("beaucoup", "nombre de points")]
    public async Task A_bad_score_is_refused_with_a_message_and_records_nothing(string score, string message)
    {
        var client = await _scenario.As("coord-a");
        var events = _scenario.App.Platform.Records.CountEvents();

        var page = await client.Post(
            "/coordinate/review?handler=grade",
            [new("attemptId", _scenario.BenEssay.ToString(CultureInfo.InvariantCulture)), new("questionId", "story"), new("score", score)],
            tokenFrom: "/coordinate/review");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(page.Document.QuerySelector("#grade-error")?.TextContent, Does.Contain(message));
        Assert.That(page.Document.QuerySelector($"article.essay[data-attempt='{_scenario.BenEssay}']"), Is.Not.Null, "still in the queue");
        Assert.That(_scenario.App.Platform.Records.CountEvents(), Is.EqualTo(events));
    }

    [Test]
    public async Task Grading_without_the_antiforgery_token_is_refused()
    {
        var client = await _scenario.As("coord-a");
        var events = _scenario.App.Platform.Records.CountEvents();

        var page = await client.PostWithToken(
            "/coordinate/review?handler=grade",
            [new("attemptId", _scenario.BenEssay.ToString(CultureInfo.InvariantCulture)), new("questionId", "story"), new("score", "3")],
            token: null);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_scenario.App.Platform.Records.CountEvents(), Is.EqualTo(events));
    }

    /// <summary>A new member of cohort a who passed <c>stats</c> and whose <c>final</c> essay waits for a grade.</summary>
    private (string Trainee, long Attempt) PendingEssay(string essay)
    {
        var trainee = "hugo" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var admin = _scenario.App.Platform.Access.ForAdmin(Principal.LocalOperator);
        admin.AddTrainee(trainee, "Hugo Test");
        admin.AddToCohort("a", [trainee]);
        var records = _scenario.App.Platform.Records;
        records.TakeQuiz(trainee, "rev.essays", "stats", JsonSerializer.SerializeToElement(new { q1 = true, q2 = true, q3 = true, q4 = true }));
        return (trainee, records.TakeQuiz(trainee, "rev.essays", "final", JsonSerializer.SerializeToElement(new { story = essay, sun = true })).AttemptId);
    }
}
