using System.Text.Json;
using Training.Engine.Access;
using Training.Engine.Records;
using Training.Engine.Reports.Items;

namespace Training.Engine.Tests.Access;

/// <summary>Coordinators reach only their own cohorts; admins reach every cohort.</summary>
public sealed class CoordinatorScopeTests
{
    [Test]
    public void A_coordinator_sees_only_the_cohorts_they_are_assigned_to()
    {
        using var fixture = new AccessFixture();
        var a = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-a"));
        var none = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-none"));

        Assert.That(a.ListCohorts().Select(c => c.Id), Is.EqualTo(new[] { "a" }));
        Assert.That(none.ListCohorts(), Is.Empty);
        Assert.That(a.Report("a").Trainees.Select(t => t.Id), Is.EqualTo(new[] { "ann", "ben" }));
        Assert.That(a.GetProgress("ben").TraineeId, Is.EqualTo("ben"));
    }

    [Test]
    public void Cohort_b_is_out_of_reach_for_the_coordinator_of_a_whether_or_not_it_exists()
    {
        using var fixture = new AccessFixture();
        var a = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-a"));

        var report = Assert.Throws<AccessDeniedException>(() => a.Report("b"));
        var missing = Assert.Throws<AccessDeniedException>(() => a.Report("zz"));
        Assert.Throws<AccessDeniedException>(() => a.GetCohort("b"));
        Assert.Throws<AccessDeniedException>(() => a.GetProgress("cid"));
        Assert.Throws<AccessDeniedException>(() => a.GetProgress("nobody"));
        Assert.Throws<AccessDeniedException>(() => a.ListCertificates("cid"));

        Assert.That(report!.Message.Replace("'b'", "'X'", StringComparison.Ordinal), Is.EqualTo(missing!.Message.Replace("'zz'", "'X'", StringComparison.Ordinal)));
        Assert.That(report.Message, Does.Not.Contain("cid").And.Not.Contain("dan"));
    }

    [Test]
    public void Essays_and_certificates_due_are_filtered_to_the_coordinators_cohorts()
    {
        using var fixture = new AccessFixture();
        var a = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-a"));
        var b = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-b"));
        var admin = fixture.Access.ForCoordinator(AccessFixture.Admin);
        var window = TimeSpan.FromDays(30);

        Assert.That(a.ListPendingEssays().Select(e => e.TraineeId), Is.EqualTo(new[] { "ben" }));
        Assert.That(b.ListPendingEssays().Select(e => e.TraineeId), Is.EqualTo(new[] { "dan" }));
        Assert.That(admin.ListPendingEssays().Select(e => e.TraineeId), Is.EquivalentTo(new[] { "ben", "dan" }));
        Assert.That(a.ListCertificatesDue(window).Select(d => d.Certificate.TraineeId), Is.EqualTo(new[] { "ann" }));
        Assert.That(b.ListCertificatesDue(window).Select(d => d.Certificate.TraineeId), Is.EqualTo(new[] { "cid" }));
        Assert.That(admin.ListCertificatesDue(window).Select(d => d.Certificate.TraineeId), Is.EquivalentTo(new[] { "ann", "cid" }));
        Assert.That(JsonSerializer.Serialize(a.ListCertificatesDue(window)), Does.Not.Contain("Trainee cid"));
    }

    [Test]
    public void Grading_an_essay_outside_the_cohorts_is_refused_and_records_nothing()
    {
        using var fixture = new AccessFixture();
        var a = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-a"));
        var events = fixture.Records.CountEvents();

        Assert.Throws<AccessDeniedException>(() => a.GradeEssay(fixture.FinalAttempts["dan"], "story", 3));
        Assert.Throws<AccessDeniedException>(() => a.GradeEssay(424242, "story", 3));

        Assert.That(fixture.Records.CountEvents(), Is.EqualTo(events));
        Assert.That(fixture.Records.ListPendingEssays().Select(e => e.TraineeId), Does.Contain("dan"));
        Assert.That(a.GradeEssay(fixture.FinalAttempts["ben"], "story", 3).Score, Is.EqualTo(3));
    }

    [Test]
    public void Item_analysis_covers_only_the_first_attempts_of_the_coordinators_members()
    {
        using var fixture = new AccessFixture();

        // cid (cohort b) got q1 wrong; everyone else answered every question right. Facility is a percentage.
        var a = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-a")).AnalyzeItems("rev.essays", "stats");
        var b = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-b")).AnalyzeItems("rev.essays", "stats");
        var none = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-none")).AnalyzeItems("rev.essays", "stats");
        var admin = fixture.Access.ForAdmin(AccessFixture.Admin).AnalyzeItems("rev.essays", "stats");

        Assert.That((a.Attempts, b.Attempts, none.Attempts, admin.Attempts), Is.EqualTo((2, 2, 0, 4)));
        Assert.That(Facility(a, "q1"), Is.EqualTo(100.0).Within(1e-9));
        Assert.That(Facility(b, "q1"), Is.EqualTo(50.0).Within(1e-9));
        Assert.That(Facility(admin, "q1"), Is.EqualTo(75.0).Within(1e-9));
        Assert.That(admin, Is.EqualTo(fixture.Records.AnalyzeItems("rev.essays", "stats")).Using<ItemAnalysisReport>((x, y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y)));
    }

    [Test]
    public void Unassigning_a_coordinator_ends_their_reach()
    {
        using var fixture = new AccessFixture();
        var admin = fixture.Access.ForAdmin(AccessFixture.Admin);

        Assert.That(admin.UnassignCoordinator("a", "coord-a"), Is.True);

        var a = fixture.Access.ForCoordinator(AccessFixture.Coordinator("coord-a"));
        Assert.That(a.ListCohorts(), Is.Empty);
        Assert.Throws<AccessDeniedException>(() => a.Report("a"));
        Assert.That(a.ListPendingEssays(), Is.Empty);
    }

    [Test]
    public void An_admin_reaches_every_cohort()
    {
        using var fixture = new AccessFixture();
        var admin = fixture.Access.ForAdmin(AccessFixture.Admin);

        Assert.That(admin.ListCohorts().Select(c => c.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(admin.Report("b").Trainees.Select(t => t.Id), Is.EqualTo(new[] { "cid", "dan" }));
        Assert.That(admin.GetProgress("cid").TraineeId, Is.EqualTo("cid"));
        Assert.That(admin.Coordination.SeesEveryCohort, Is.True);
    }

    [Test]
    public void Refusals_from_the_records_are_not_access_refusals()
    {
        using var fixture = new AccessFixture();
        var admin = fixture.Access.ForAdmin(AccessFixture.Admin);

        var refusal = Assert.Throws<LearningRecordsException>(() => admin.Report("zz"));

        Assert.That(refusal!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
    }

    private static double? Facility(ItemAnalysisReport report, string question) =>
        report.Questions.Single(q => q.Id == question).Facility;
}
