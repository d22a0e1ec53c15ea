using Training.Engine.Records;
using Training.Engine.Reports.Items;
using Training.Engine.Tests.Records;

namespace Training.Engine.Tests.Reports.Items;

/// <summary>
/// Item analysis through the façade over a real store, on a dataset small enough to compute by hand.
/// Quiz rev.essays/stats: true/false questions worth 1 point each, answered "true" = correct.
/// </summary>
public sealed class ItemAnalysisTests
{
    [Test]
    public void Statistics_match_a_hand_computed_dataset_split_by_version()
    {
        using var fixture = new ReviewFixture("v1");
        // v1 (q1..q4), first attempts:      q1 q2 q3 q4  total
        Take(fixture, "a", 1, 0, 1, 1);   //  1  0  1  1   3
        Take(fixture, "b", 1, 0, 1, 1);   //  1  0  1  1   3
        Take(fixture, "c", 1, 0, 0, 0);   //  1  0  0  0   1
        Take(fixture, "d", 1, 0, 0, 0);   //  1  0  0  0   1
        Take(fixture, "e", 1, 0, 1, 0);   //  1  0  1  0   2
        // Second attempts are not first attempts: they change nothing.
        fixture.Records.TakeQuiz("a", "rev.essays", "stats", Sheet(0, 0, 0, 0));
        fixture.Use("v2");
        // e's attempt on v2 is still not a first attempt.
        fixture.Records.TakeQuiz("e", "rev.essays", "stats", Sheet(1, null, 1, 1));
        // v2 (q1, q3, q4), first attempts:  q1 q3 q4  total
        Take(fixture, "f", 1, null, 1, 0); // 1  1  0   2
        Take(fixture, "g", 1, null, 0, 1); // 1  0  1   2
        Take(fixture, "h", 1, null, 1, 0); // 1  1  0   2

        var report = fixture.Records.AnalyzeItems("rev.essays", "stats");

        Assert.That(report.Quiz, Is.EqualTo("rev.essays/stats"));
        Assert.That(report.Attempts, Is.EqualTo(8));
        Assert.That(report.Questions.Select(q => $"{q.Version}:{q.Id}"), Is.EqualTo(new[] { "1.0.0:q1", "1.0.0:q2", "1.0.0:q3", "1.0.0:q4", "1.1.0:q1", "1.1.0:q3", "1.1.0:q4" }));
        var v1 = report.Questions.Where(q => q.Version == "1.0.0").ToDictionary(q => q.Id);
        var v2 = report.Questions.Where(q => q.Version == "1.1.0").ToDictionary(q => q.Id);
        Assert.Multiple(() =>
        {
            // v1 q1: everyone right. F = 5/5 = 100; every deviation is 0 so SD = 0; the score never varies,
            // so the correlation is undefined (null).
            Expect(v1["q1"], attempts: 5, facility: 100, sd: 0, discrimination: null, ItemFlags.TooEasy);
            // v1 q2: everyone wrong. F = 0, SD = 0, discrimination undefined.
            Expect(v1["q2"], attempts: 5, facility: 0, sd: 0, discrimination: null, ItemFlags.TooHard);
            // v1 q3: x = 1,1,0,0,1 (mean .6); rest = total - x = 2,2,1,1,1 (mean 1.4).
            // dx = .4,.4,-.6,-.6,.4; dr = .6,.6,-.4,-.4,-.4.
            // Σdx·dr = .24+.24+.24+.24-.16 = .8; Σdx² = 3·.16+2·.36 = 1.2; Σdr² = 2·.36+3·.16 = 1.2.
            // F = 60; SD = √(1.2/4) = .547723 → 54.77; D = .8/√(1.2·1.2) = .666667 → 66.67.
            Expect(v1["q3"], attempts: 5, facility: 60, sd: 54.77, discrimination: 66.67);
            // v1 q4: x = 1,1,0,0,0 (mean .4); rest = 2,2,1,1,2 (mean 1.6).
            // dx = .6,.6,-.4,-.4,-.4; dr = .4,.4,-.6,-.6,.4; Σdx·dr = .24+.24+.24+.24-.16 = .8;
            // Σdx² = 1.2; Σdr² = 1.2. F = 40; SD = 54.77; D = 66.67.
            Expect(v1["q4"], attempts: 5, facility: 40, sd: 54.77, discrimination: 66.67);
            // v2 q1: right for f, g, h: F = 100, SD = 0, D undefined.
            Expect(v2["q1"], attempts: 3, facility: 100, sd: 0, discrimination: null, ItemFlags.TooEasy);
            // v2 q3: x = 1,0,1 (mean 2/3); rest = 1,2,1 (mean 4/3). dx = 1/3,-2/3,1/3; dr = -1/3,2/3,-1/3.
            // Σdx·dr = -6/9; Σdx² = Σdr² = 6/9 → D = -1 → -100. F = 66.67; SD = √((6/9)/2) = .57735 → 57.74.
            Expect(v2["q3"], attempts: 3, facility: 66.67, sd: 57.74, discrimination: -100, ItemFlags.NegativeDiscrimination);
            // v2 q4: x = 0,1,0 (mean 1/3); rest = 2,1,2: the mirror image, D = -100. F = 33.33; SD = 57.74.
            Expect(v2["q4"], attempts: 3, facility: 33.33, sd: 57.74, discrimination: -100, ItemFlags.NegativeDiscrimination);
        });
    }

    [Test]
    public void A_single_attempt_has_a_facility_but_no_spread_or_discrimination()
    {
        using var fixture = new ReviewFixture();
        Take(fixture, "a", 1, 0, 1, 0);

        var report = fixture.Records.AnalyzeItems("rev.essays", "stats");

        Assert.That(report.Attempts, Is.EqualTo(1));
        Assert.That(report.Questions[0].Facility, Is.EqualTo(100));
        Assert.That(report.Questions[0].Sd, Is.Null);
        Assert.That(report.Questions[0].Discrimination, Is.Null);
    }

    [Test]
    public void An_installed_quiz_without_attempts_gives_an_empty_report_and_an_unknown_one_is_refused()
    {
        using var fixture = new ReviewFixture();

        var empty = fixture.Records.AnalyzeItems("rev.essays", "stats");
        var unknown = Assert.Throws<LearningRecordsException>(() => fixture.Records.AnalyzeItems("rev.essays", "nope"));

        Assert.That(empty.Attempts, Is.Zero);
        Assert.That(empty.Questions, Is.Empty);
        Assert.That(unknown!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
    }

    [Test]
    public void First_attempts_with_a_pending_essay_are_left_out_until_graded()
    {
        using var fixture = new ReviewFixture();
        fixture.Enrolled("a");
        fixture.Enrolled("b");
        var pending = fixture.Records.TakeQuiz("a", "rev.essays", "final", ReviewFixtureSheets.Final("Une visite.", sun: true));
        fixture.Records.TakeQuiz("b", "rev.essays", "final", ReviewFixtureSheets.Final("Une autre.", sun: false));

        var before = fixture.Records.AnalyzeItems("rev.essays", "final");
        fixture.Records.GradeEssay(pending.AttemptId, "story", 3);
        var after = fixture.Records.AnalyzeItems("rev.essays", "final");

        Assert.That(before.Attempts, Is.Zero);
        Assert.That(before.PendingExcluded, Is.EqualTo(2));
        Assert.That(after.Attempts, Is.EqualTo(1));
        Assert.That(after.PendingExcluded, Is.EqualTo(1));
        Assert.That(after.Questions.Single(q => q.Id == "story").Facility, Is.EqualTo(100));
    }

    [Test]
    public void The_analyzer_streams_many_attempts_in_one_pass()
    {
        // 100,000 attempts x 20 questions through the accumulator: checks the figures on a pattern
        // whose answers are known in closed form (no timing assertion: the benchmark measures speed).
        var analyzer = new ItemAnalyzer();
        var rows = new Training.Engine.Records.Storage.QuestionResultRow[20];
        var ids = Enumerable.Range(1, 20).Select(i => $"q{i}").ToArray();
        for (var attempt = 0; attempt < 100_000; attempt++)
        {
            for (var q = 0; q < 20; q++)
            {
                // Question q is right for the attempts whose index mod 20 is at least q: question 0
                // is always right, question 19 right one time in 20.
                rows[q] = new(ids[q], attempt % 20 >= q ? 1 : 0, 1, "correct");
            }

            analyzer.Add("1.0.0", rows);
        }

        var results = analyzer.Results();

        Assert.That(analyzer.Attempts, Is.EqualTo(100_000));
        Assert.That(results, Has.Count.EqualTo(20));
        Assert.That(results[0].Facility, Is.EqualTo(100));
        Assert.That(results[19].Facility, Is.EqualTo(5));
        Assert.That(results[10].Facility, Is.EqualTo(50));
        // Every question is monotone in the trainee's overall level, so all discriminate positively.
        Assert.That(results.Skip(1).Select(r => r.Discrimination), Is.All.GreaterThan(0));
    }

    private static void Expect(QuestionStatistics row, int attempts, double? facility, double? sd, double? discrimination, params string[] flags)
    {
        Assert.That(row.Attempts, Is.EqualTo(attempts), row.ToString());
        Assert.That(row.Facility, Is.EqualTo(facility).Within(0.005), row.ToString());
        Assert.That(row.Sd, Is.EqualTo(sd).Within(0.005), row.ToString());
        Assert.That(row.Discrimination, discrimination is null ? Is.Null : Is.EqualTo(discrimination).Within(0.005), row.ToString());
        Assert.That(row.Flags, Is.EqualTo(flags), row.ToString());
    }

    private static void Take(ReviewFixture fixture, string trainee, int q1, int? q2, int q3, int q4)
    {
        fixture.Records.AddTrainee(trainee, "Trainee " + trainee);
        fixture.Records.TakeQuiz(trainee, "rev.essays", "stats", Sheet(q1, q2, q3, q4));
    }

    private static System.Text.Json.JsonElement Sheet(int q1, int? q2, int q3, int q4) =>
        RecordsFixture.Sheet(q2 is null
            ? $$"""{ "q1": {{Bool(q1)}}, "q3": {{Bool(q3)}}, "q4": {{Bool(q4)}} }"""
            : $$"""{ "q1": {{Bool(q1)}}, "q2": {{Bool(q2.Value)}}, "q3": {{Bool(q3)}}, "q4": {{Bool(q4)}} }""");

    private static string Bool(int right) => right == 1 ? "true" : "false";
}
