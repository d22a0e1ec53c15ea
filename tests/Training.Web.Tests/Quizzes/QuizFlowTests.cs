using System.Globalization;
using System.Net;
using Training.TestSupport;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Quizzes;

/// <summary>Taking a quiz through the pages: feedback appears only after submission; a bad answer comes back to be fixed; the track completes with a certificate.</summary>
public sealed class QuizFlowTests
{
    private const string Password = "correct-horse-battery";
    private const string Quiz = "/learn/modules/tests.first-steps/quizzes/check";

    private static WebApp App => SharedHost.App;

    private static ManualTimeProvider Time => SharedHost.Time;

    [Test]
    public async Task Lesson_then_quiz_completes_the_track_and_issues_a_certificate()
    {
        App.AddTrainee("flow-alice", Password, "tests.first-steps");
        using var client = App.Client();
        await client.SignIn("flow-alice", Password);

        var lesson = await client.Post("/learn/modules/tests.first-steps/lessons/welcome", []);
        Assert.That(lesson.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(lesson.Location?.ToString(), Is.EqualTo(Quiz), "the next step after the last lesson is the quiz");

        var questions = await client.Post(Quiz + "?handler=start", [], tokenFrom: Quiz);
        Assert.That(questions.Text, Does.Not.Contain("Oui.").And.Not.Contain("Non, c'est"), "no feedback before submission");
        var attemptId = questions.Document.QuerySelector("input[name=attemptId]")!.GetAttribute("value")!;

        var result = await client.PostWithToken(
            Quiz + "?handler=submit",
            [new("attemptId", attemptId), new("q.capital.choice", "Bordeaux"), new("q.true-statement.bool", "true")],
            questions.AntiforgeryToken);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.Text);
        Assert.That(result.Document.QuerySelector("#quiz-result")?.TextContent, Does.Contain("Réussi").And.Contain("100"));
        Assert.That(result.Document.QuerySelector("li[data-question=capital] .feedback")?.TextContent, Does.Contain("Oui."));
        Assert.That(result.Text, Does.Contain("Parcours « Premiers pas » terminé"));

        var dashboard = await client.Get("/learn");
        Assert.That(dashboard.Document.QuerySelector(".track progress")?.GetAttribute("value"), Is.EqualTo("100"));
        var certificates = await client.Get("/learn/certificates");
        Assert.That(certificates.Document.QuerySelectorAll(".items li"), Has.Length.EqualTo(1));
        Assert.That(App.Platform.Records.ListCertificates("flow-alice"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_malformed_answer_comes_back_with_the_reason_and_nothing_is_recorded()
    {
        App.AddTrainee("flow-bruno", Password, "tests.first-steps");
        using var client = App.Client();
        await client.SignIn("flow-bruno", Password);
        var questions = await client.Post(Quiz + "?handler=start", [], tokenFrom: Quiz);
        var attemptId = questions.Document.QuerySelector("input[name=attemptId]")!.GetAttribute("value")!;

        var back = await client.PostWithToken(
            Quiz + "?handler=submit",
            [new("attemptId", attemptId), new("q.capital.choice", "Lyon"), new("q.true-statement.bool", "true")],
            questions.AntiforgeryToken);

        Assert.That(back.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(back.Document.QuerySelector("#quiz-message")?.TextContent, Does.Contain("Lyon"));
        Assert.That(back.Document.QuerySelector("input[name=attemptId]")?.GetAttribute("value"), Is.EqualTo(attemptId), "the same attempt, still open");
        Assert.That(back.Document.QuerySelector("input[name='q.true-statement.bool'][value=true]")?.HasAttribute("checked"), Is.True, "what was answered is kept");
        Assert.That(App.Platform.Records.GetProgress("flow-bruno").Modules.Single().Quizzes.Single().BestPercent, Is.Null);
    }

    [Test]
    public async Task A_late_submission_is_refused_by_the_server()
    {
        App.AddTrainee("flow-chloe", Password, "mopa.ant");
        using var client = App.Client();
        await client.SignIn("flow-chloe", Password);
        const string maps = "/learn/modules/mopa.maps/quizzes/final";
        var questions = await client.Post(maps + "?handler=start", [], tokenFrom: maps);
        var timer = questions.Document.QuerySelector("#quiz-timer");
        Assert.That(timer?.GetAttribute("data-deadline"), Is.Not.Null, "the maps quiz has a time limit and shows a countdown");
        var deadline = DateTimeOffset.Parse(timer!.GetAttribute("data-deadline")!, CultureInfo.InvariantCulture);

        Time.Advance(deadline - Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        var late = await client.PostWithToken(
            maps + "?handler=submit",
            [new("attemptId", questions.Document.QuerySelector("input[name=attemptId]")!.GetAttribute("value")!)],
            questions.AntiforgeryToken);

        Assert.That(late.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(late.Document.QuerySelector("#quiz-message")?.TextContent, Does.Contain("time limit"));
        Assert.That(App.Platform.Records.GetProgress("flow-chloe").Modules.Single(m => m.Id == "mopa.maps").Quizzes.Single().Attempts, Is.EqualTo(1), "the attempt counts as used");
    }
}
