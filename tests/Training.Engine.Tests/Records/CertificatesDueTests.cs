using Training.Engine.Records;

namespace Training.Engine.Tests.Records;

/// <summary>Certificates to renew: soon expiring or just expired, latest per trainee and track.</summary>
public sealed class CertificatesDueTests
{
    [Test]
    public void Lists_certificates_expiring_or_expired_within_the_window_with_days_left()
    {
        using var fixture = new ReviewFixture();
        Certify(fixture, "old");            // expires at T0 + 1 day
        fixture.Clock.Advance(TimeSpan.FromDays(3));
        Certify(fixture, "fresh");          // expires at T0 + 4 days
        fixture.Clock.Advance(TimeSpan.FromHours(12)); // now T0 + 3.5 days

        var due = fixture.Records.ListCertificatesDue(TimeSpan.FromDays(5));
        var narrow = fixture.Records.ListCertificatesDue(TimeSpan.FromDays(1));

        // old expired 2.5 days ago: floor(-2.5) = -3; fresh expires in 12 hours: floor(0.5) = 0.
        Assert.That(due.Select(d => (d.Certificate.TraineeId, d.DaysLeft, d.TraineeName)), Is.EqualTo(new[] { ("old", -3, "Trainee old"), ("fresh", 0, "Trainee fresh") }));
        Assert.That(narrow.Select(d => d.Certificate.TraineeId), Is.EqualTo(new[] { "fresh" }));
    }

    [Test]
    public void A_certificate_followed_by_a_newer_one_is_not_listed()
    {
        using var fixture = new ReviewFixture();
        Certify(fixture, "jane");
        fixture.Clock.Advance(TimeSpan.FromHours(20));
        var renewed = fixture.Records.Recertify("jane", "rev.track");

        var due = fixture.Records.ListCertificatesDue(TimeSpan.FromDays(2));

        Assert.That(due.Select(d => d.Certificate.Id), Is.EqualTo(new[] { renewed.Id }));
    }

    [Test]
    public void A_negative_window_is_refused()
    {
        using var fixture = new ReviewFixture();

        var refusal = Assert.Throws<LearningRecordsException>(() => fixture.Records.ListCertificatesDue(TimeSpan.FromDays(-1)));

        Assert.That(refusal!.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
    }

    private static void Certify(ReviewFixture fixture, string trainee)
    {
        fixture.Enrolled(trainee);
        fixture.Records.TakeQuiz(trainee, "rev.essays", "stats", ReviewFixtureSheets.Stats());
        var final = fixture.Records.TakeQuiz(trainee, "rev.essays", "final", ReviewFixtureSheets.Final("Texte.", sun: true));
        fixture.Records.GradeEssay(final.AttemptId, "story", 3);
    }
}
