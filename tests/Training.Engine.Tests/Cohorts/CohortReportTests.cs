using System.Text.Json;
using Training.Engine.Cohorts;
using Training.Engine.Reports.Cohorts;
using Training.Engine.Tests.Records;

namespace Training.Engine.Tests.Cohorts;

/// <summary>
/// A known cohort on <c>rec.track</c> (5 items: lessons intro and details, quizzes check (highest,
/// 50 %), timed (last, 100 %) and, in rec.advanced, final (average, 75 %)).
/// </summary>
public sealed class CohortReportTests
{
    private static readonly string Right = """{ "t1": true, "t2": false }""";
    private static readonly string Wrong = """{ "t1": false, "t2": true }""";
    private static readonly string Half = """{ "t1": true, "t2": true }""";

    private RecordsFixture _fixture = null!;
    private CohortService _cohorts = null!;
    private DateTimeOffset _start;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture();
        _cohorts = new CohortService(_fixture.Records);
        _start = _fixture.Clock.GetUtcNow();
        _cohorts.Create("spring", "rec.track", "Spring", "2026-02-13");
        _cohorts.Import("spring", new StringReader("id,name,email\nann,Ann,\nbob,Bob,\ncat,Cat,\ndan,Dan,\neve,Eve,\n"));
        var records = _fixture.Records;

        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        records.CompleteLesson("ann", "rec.basics", "intro");
        records.CompleteLesson("ann", "rec.basics", "details");
        records.TakeQuiz("ann", "rec.basics", "check", RecordsFixture.Sheet(Right));
        records.TakeQuiz("ann", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
        records.TakeQuiz("ann", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }"""));

        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        records.CompleteLesson("bob", "rec.basics", "intro");
        records.CompleteLesson("bob", "rec.basics", "details");
        records.TakeQuiz("bob", "rec.basics", "check", RecordsFixture.Sheet(Right));

        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        records.TakeQuiz("cat", "rec.basics", "check", RecordsFixture.Sheet(Wrong));
        records.TakeQuiz("cat", "rec.basics", "check", RecordsFixture.Sheet(Half));

        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        records.TakeQuiz("eve", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": false }"""));
        records.TakeQuiz("eve", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Report_ComputesPercentsModulesActivityAndCertificates()
    {
        var report = _cohorts.Report("spring");

        Assert.That(report.Trainees.Select(t => (t.Id, t.Percent, t.CompletedModules)), Is.EqualTo(new[]
        {
            ("ann", 100.0, 2), ("bob", 60.0, 0), ("cat", 20.0, 0), ("dan", 0.0, 0), ("eve", 20.0, 0),
        }));
        Assert.That(report.Trainees.Select(t => t.LastActivity), Is.EqualTo(new DateTimeOffset?[]
        {
            _start.AddHours(1), _start.AddHours(2), _start.AddHours(3), null, _start.AddHours(4),
        }));
        Assert.That(report.Trainees[0].CertificateId, Is.Not.Null.And.EqualTo(_fixture.Records.ListCertificates("ann").Single().Id));
        Assert.That(report.Trainees.Skip(1).Select(t => t.CertificateId), Is.All.Null);
        Assert.That(report.Trainees[1].Cells.Select(c => (c.ModuleId, c.ItemsDone, c.ItemsTotal, c.Completed)), Is.EqualTo(new[]
        {
            ("rec.basics", 3, 4, false), ("rec.advanced", 0, 1, false),
        }));
    }

    [Test]
    public void Report_AgreesWithEachTraineesOwnProgress()
    {
        var report = _cohorts.Report("spring");

        foreach (var trainee in report.Trainees)
        {
            var own = _fixture.Records.GetProgress(trainee.Id).Tracks.Single(t => t.Id == "rec.track");
            Assert.That(trainee.Percent, Is.EqualTo(own.Percent), trainee.Id);
        }
    }

    [Test]
    public void Report_ComputesModuleCompletionRateAndAverageBestPercent()
    {
        var report = _cohorts.Report("spring");

        // rec.basics: completed by ann alone (1 of 5); best percents: ann 100 (check), 100 (timed), bob 100, cat 50, eve 100.
        // rec.advanced: ann's final, 100.
        Assert.That(report.Modules.Select(m => (m.Id, m.CompletionRate, m.AverageBestPercent, m.Title)), Is.EqualTo(new (string, double, double?, string)[]
        {
            ("rec.basics", 20, 90, "Bases"),
            ("rec.advanced", 20, 100, "Avance"),
        }));
    }

    [Test]
    public void Statuses_EarlyOn_NobodyIsBehind()
    {
        _fixture.Clock.Advance(TimeSpan.FromDays(1));

        var report = _cohorts.Report("spring");

        Assert.That(report.Trainees.Select(t => t.Status), Is.EqualTo(new[]
        {
            CohortStatus.Completed, CohortStatus.OnTrack, CohortStatus.OnTrack, CohortStatus.NotStarted, CohortStatus.OnTrack,
        }));
    }

    [Test]
    public void Statuses_AThirdOfTheWay_ThoseMoreThanTheToleranceBelowTheExpectedPercentAreBehind()
    {
        // Joined 2026-01-15 09:00; the deadline day ends 2026-02-14 00:00. Ten days in, about 33 % is expected.
        _fixture.Clock.Advance(TimeSpan.FromDays(10) - TimeSpan.FromHours(4));
        var expected = CohortStatus.Expected(_start, new DateOnly(2026, 2, 13), _fixture.Clock.GetUtcNow());

        var report = _cohorts.Report("spring");

        Assert.That(expected, Is.EqualTo(100.0 * 10 / 29.625).Within(1e-9));
        Assert.That(report.Trainees.Select(t => t.Status), Is.EqualTo(new[]
        {
            CohortStatus.Completed, CohortStatus.OnTrack, CohortStatus.Behind, CohortStatus.Behind, CohortStatus.Behind,
        }));
        Assert.That(report.Trainees[1].ExpectedPercent, Is.EqualTo(Math.Round(expected, 2)));
    }

    [Test]
    public void Statuses_WithinTheTolerance_IsStillOnTrack()
    {
        // 20 % done is behind only once more than 30 % is expected: 30 % of 29.625 days is 8.8875 days.
        _fixture.Clock.Advance(TimeSpan.FromDays(8.8) - TimeSpan.FromHours(4));

        Assert.That(_cohorts.Report("spring").Trainees.Single(t => t.Id == "cat").Status, Is.EqualTo(CohortStatus.OnTrack));

        _fixture.Clock.Advance(TimeSpan.FromDays(0.1));

        Assert.That(_cohorts.Report("spring").Trainees.Single(t => t.Id == "cat").Status, Is.EqualTo(CohortStatus.Behind));
    }

    [Test]
    public void Statuses_AfterTheDeadlineDay_EveryoneNotCompletedIsBehind()
    {
        _fixture.Clock.Advance(new DateTimeOffset(2026, 2, 13, 23, 59, 0, TimeSpan.Zero) - _fixture.Clock.GetUtcNow());
        var lastMinute = _cohorts.Report("spring");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = _cohorts.Report("spring");

        Assert.That(lastMinute.Trainees.Single(t => t.Id == "bob").Status, Is.EqualTo(CohortStatus.Behind), "60 % is more than 10 points below 99.9 %");
        Assert.That(after.Trainees.Select(t => t.Status), Is.EqualTo(new[]
        {
            CohortStatus.Completed, CohortStatus.Behind, CohortStatus.Behind, CohortStatus.Behind, CohortStatus.Behind,
        }));
    }

    [Test]
    public void Statuses_WithoutADeadline_NobodyIsBehind()
    {
        _cohorts.Create("open", "rec.track");
        _cohorts.Add("open", ["ann", "bob", "dan"]);
        _fixture.Clock.Advance(TimeSpan.FromDays(400));

        var report = _cohorts.Report("open");

        Assert.That(report.Trainees.Select(t => t.Status), Is.EqualTo(new[] { CohortStatus.Completed, CohortStatus.OnTrack, CohortStatus.NotStarted }));
        Assert.That(report.Trainees.Select(t => t.ExpectedPercent), Is.All.Null);
    }

    [Test]
    public void Report_SerializesToTheDocumentedShape()
    {
        var json = JsonDocument.Parse(JsonSerializer.Serialize(_cohorts.Report("spring"))).RootElement;

        Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "cohort", "track", "deadline", "trainees", "modules" }));
        Assert.That(json.GetProperty("deadline").GetString(), Is.EqualTo("2026-02-13"));
        Assert.That(json.GetProperty("trainees")[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "name", "percent", "completedModules", "status", "lastActivity", "certificateId" }));
        Assert.That(json.GetProperty("modules")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "completionRate", "averageBestPercent" }));
    }

    [Test]
    public void Report_OfAnEmptyCohort_HasModulesAndNoTrainees()
    {
        _cohorts.Create("empty", "rec.solo");

        var report = _cohorts.Report("empty");

        Assert.That(report.Trainees, Is.Empty);
        Assert.That(report.Modules.Select(m => (m.Id, m.CompletionRate, m.AverageBestPercent)), Is.EqualTo(new (string, double, double?)[] { ("rec.basics", 0, null) }));
    }

    [Test]
    public void Filter_KeepsTheTraineesWithThatStatusAndTheWholeCohortsModuleLines()
    {
        _fixture.Clock.Advance(TimeSpan.FromDays(10) - TimeSpan.FromHours(4));
        var report = _cohorts.Report("spring");

        var behind = CohortReportFilter.Apply(report, CohortReportFilter.Behind);
        var notStarted = CohortReportFilter.Apply(report, CohortReportFilter.NotStarted);

        Assert.That(behind.Trainees.Select(t => t.Id), Is.EqualTo(new[] { "cat", "dan", "eve" }));
        Assert.That(notStarted.Trainees, Is.Empty, "dan has not started, but is behind by now: behind wins");
        Assert.That(behind.Modules, Is.EqualTo(report.Modules));
        Assert.That((behind.Title, behind.GeneratedAt), Is.EqualTo((report.Title, report.GeneratedAt)));
        Assert.That(CohortReportFilter.Apply(report, null), Is.SameAs(report));
        Assert.That(() => CohortReportFilter.Apply(report, "late"), Throws.ArgumentException.With.Message.Contains("behind or not-started"));
    }

    [Test]
    public void Filter_NotStarted_EarlyOn()
    {
        var report = CohortReportFilter.Apply(_cohorts.Report("spring"), CohortReportFilter.NotStarted);

        Assert.That(report.Trainees.Select(t => t.Id), Is.EqualTo(new[] { "dan" }));
    }

    [Test]
    public void Csv_HasOneLinePerTraineeAndOneColumnPerModule()
    {
        var csv = CohortReportCsv.Render(_cohorts.Report("spring"));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("id,name,percent,completedModules,status,lastActivity,certificateId,module:rec.basics,module:rec.advanced"));
        Assert.That(lines[2], Does.StartWith("bob,Bob,60,0,on-track,").And.EndWith(",,75,0"));
        Assert.That(lines, Has.Length.EqualTo(6));
    }
}
