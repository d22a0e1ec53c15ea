using System.Text.Json;
using Training.Engine.Access;
using Training.Engine.Records.Storage;
using Training.Engine.Tests.Records;

namespace Training.Engine.Tests.Access;

/// <summary>A trainee sees and changes only their own records.</summary>
public sealed class TraineeIsolationTests
{
    [Test]
    public void Views_hold_only_the_trainees_own_data()
    {
        using var fixture = new AccessFixture();
        var ann = fixture.Access.ForTrainee(AccessFixture.Trainee("ann"));

        var progress = ann.GetProgress();
        var certificates = ann.ListCertificates();
        var json = JsonSerializer.Serialize(new { progress, certificates, enrolments = ann.ListEnrolments(), me = ann.Me, next = ann.NextStep() });

        Assert.That(progress.TraineeId, Is.EqualTo("ann"));
        Assert.That(certificates.Select(c => c.TraineeId), Is.EqualTo(new[] { "ann" }));
        foreach (var other in new[] { "ben", "cid", "dan" })
        {
            Assert.That(json, Does.Not.Contain(other), $"ann's views mention {other}");
        }
    }

    [Test]
    public void Another_trainees_certificate_is_refused_like_a_missing_one()
    {
        using var fixture = new AccessFixture();
        var ann = fixture.Access.ForTrainee(AccessFixture.Trainee("ann"));

        var others = Assert.Throws<AccessDeniedException>(() => ann.GetCertificate(fixture.Certificates["cid"]));
        var missing = Assert.Throws<AccessDeniedException>(() => ann.GetCertificate("urn:test:999"));

        Assert.That(others!.Message, Does.Not.Contain("cid"), "the refusal does not name the holder");
        Assert.That(others.Message.Replace(fixture.Certificates["cid"], "ID", StringComparison.Ordinal), Is.EqualTo(missing!.Message.Replace("urn:test:999", "ID", StringComparison.Ordinal)), "no oracle: the same refusal whether it exists or not");
        Assert.That(ann.GetCertificate(fixture.Certificates["ann"]).TraineeId, Is.EqualTo("ann"));
    }

    [Test]
    public void Submitting_another_trainees_attempt_is_refused_and_records_nothing()
    {
        using var fixture = new AccessFixture();
        var ben = fixture.Access.ForTrainee(AccessFixture.Trainee("ben"));
        var ann = fixture.Access.ForTrainee(AccessFixture.Trainee("ann"));
        var bensAttempt = ben.StartAttempt("rec.basics", "check", "fr");
        var events = fixture.Records.CountEvents();

        var refusal = Assert.Throws<AccessDeniedException>(() => ann.SubmitAttempt(bensAttempt.AttemptId, RecordsFixture.Sheet("""{ "t1": true, "t2": false }""")));
        var unknown = Assert.Throws<AccessDeniedException>(() => ann.SubmitAttempt(987654, RecordsFixture.Sheet("{}")));

        Assert.That(fixture.Records.CountEvents(), Is.EqualTo(events), "nothing recorded");
        var attempt = fixture.Store.Read(reader => reader.FindAttempt(bensAttempt.AttemptId))!;
        Assert.That(attempt.State, Is.EqualTo(AttemptState.Open), "ben's attempt is still open for ben");
        Assert.That(refusal!.Message, Does.Not.Contain("ben"));
        Assert.That(refusal.Message.Replace(bensAttempt.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture), "N", StringComparison.Ordinal), Is.EqualTo(unknown!.Message.Replace("987654", "N", StringComparison.Ordinal)));
        Assert.That(ben.SubmitAttempt(bensAttempt.AttemptId, RecordsFixture.Sheet("""{ "t1": true, "t2": false }""")).Passed, Is.True, "ben can still submit it");
    }

    [Test]
    public void A_trainee_principal_without_a_trainee_id_or_with_another_role_gets_no_trainee_workspace()
    {
        using var fixture = new AccessFixture();

        Assert.Throws<AccessDeniedException>(() => fixture.Access.ForTrainee(new Principal("ann", Role.Trainee)));
        Assert.Throws<AccessDeniedException>(() => fixture.Access.ForTrainee(new Principal("admin", Role.Admin, "ann")));
        Assert.Throws<AccessDeniedException>(() => fixture.Access.ForCoordinator(AccessFixture.Trainee("ann")));
        Assert.Throws<AccessDeniedException>(() => fixture.Access.ForAdmin(AccessFixture.Trainee("ann")));
        Assert.Throws<AccessDeniedException>(() => fixture.Access.ForAdmin(AccessFixture.Coordinator("coord-a")));
    }

    [Test]
    public void The_result_of_a_submission_holds_only_that_attempts_feedback()
    {
        using var fixture = new AccessFixture();
        var ann = fixture.Access.ForTrainee(AccessFixture.Trainee("ann"));
        var attempt = ann.StartAttempt("rec.basics", "check", "fr");

        var result = ann.SubmitAttempt(attempt.AttemptId, RecordsFixture.Sheet("""{ "t1": true, "t2": true }"""));

        Assert.That(result.AttemptId, Is.EqualTo(attempt.AttemptId));
        Assert.That(result.Questions.Select(q => q.Id), Is.EquivalentTo(attempt.Questions.Select(q => q.Id)));
        var json = JsonSerializer.Serialize(result);
        foreach (var other in new[] { "ben", "cid", "dan" })
        {
            Assert.That(json, Does.Not.Contain(other));
        }
    }
}
