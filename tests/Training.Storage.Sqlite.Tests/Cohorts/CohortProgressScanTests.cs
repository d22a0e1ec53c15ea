using Training.Engine.Cohorts;
using Training.Engine.Records.Events;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests.Cohorts;

/// <summary>
/// The cohort aggregate's rules, row by row, on a real store: which lessons and attempts count (the
/// track's, after the module's last reset), and each grading method over graded attempts only.
/// </summary>
public sealed class CohortProgressScanTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly CohortProgressQuery s_query = new(
        "spring",
        "track",
        ["m"],
        [("m", "l1"), ("m", "l2")],
        [new CohortQuizRule("m", "q-first", "first", 60), new CohortQuizRule("m", "q-last", "last", 60), new CohortQuizRule("m", "q-avg", "average", 60), new CohortQuizRule("m", "q-high", "highest", 60)]);

    private TempDirectory _folder = null!;
    private SqliteLearningStore _store = null!;
    private int _minute;

    [SetUp]
    public void SetUp()
    {
        _folder = new TempDirectory();
        _store = SqliteLearningStore.Open(_folder.Path);
        _store.Write(w =>
        {
            w.InsertCohort(new Cohort("spring", "track", null, null, s_start, 0));
            foreach (var id in new[] { "ada", "ben", "cyd", "dee", "out" })
            {
                w.InsertTrainee(new Trainee(id, id, null, s_start));
                if (id != "out")
                {
                    w.InsertCohortMember("spring", id, s_start);
                }
            }

            return 0;
        });
    }

    [TearDown]
    public void TearDown()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void Each_grading_method_reads_only_graded_attempts_and_only_the_tracks_items_count()
    {
        Lesson("ada", "l1");
        Lesson("ada", "l2");
        Lesson("ada", "not-in-track");
        Attempts("ada", "q-first", 50, 90);
        Attempts("ada", "q-last", 90, 50);
        Attempts("ada", "q-avg", 50, 80);
        Attempts("ada", "q-high", 40, 70);
        Attempts("ada", "not-in-track", 100);
        Attempt("ada", "q-first", AttemptState.Expired, percent: null);
        var openAt = Attempt("ada", "q-high", AttemptState.Open, percent: null);

        var row = Aggregate().Single(r => r.TraineeId == "ada");

        Assert.That(row.LessonsDone, Is.EqualTo(2), "l1 and l2; a lesson outside the track does not count");
        Assert.That(row.QuizzesPassed, Is.EqualTo(2), "first 50 and last 50 fail 60 %; average 65 and highest 70 pass");
        Assert.That(row.QuizzesAttempted, Is.EqualTo(4));
        Assert.That((row.BestPercentSum, row.BestPercentCount), Is.EqualTo((90.0 + 90 + 80 + 70, 4)), "the best graded percent of each quiz");
        Assert.That(row.LastActivity, Is.EqualTo(openAt), "an attempt still open is activity too: it started last");
        Assert.That(row.Completed, Is.False);
    }

    [Test]
    public void Progress_at_or_before_the_modules_reset_does_not_count()
    {
        Lesson("ben", "l1");
        Attempts("ben", "q-high", 100);
        var reset = Event("ben", LearningEventKinds.ModuleReset);
        Status("ben", completed: false, resetEventId: reset);
        Lesson("ben", "l2");
        Attempts("ben", "q-high", 30);

        var row = Aggregate().Single(r => r.TraineeId == "ben");

        Assert.That(row.LessonsDone, Is.EqualTo(1));
        Assert.That((row.QuizzesPassed, row.QuizzesAttempted, row.BestPercentSum), Is.EqualTo((0, 1, 30.0)));
    }

    [Test]
    public void A_completed_module_without_counted_rows_is_reported_and_members_without_anything_are_not()
    {
        Status("cyd", completed: true, resetEventId: 0);
        Status("dee", completed: false, resetEventId: 0);
        Lesson("out", "l1");

        var rows = Aggregate();

        Assert.That(rows.Select(r => r.TraineeId), Is.EquivalentTo(new[] { "cyd" }), "dee has nothing counted; out is not a member");
        Assert.That(rows.Single(), Is.EqualTo(new CohortModuleProgressRow("cyd", "m", 0, 0, 0, true, 0, 0, null)));
    }

    private IReadOnlyList<CohortModuleProgressRow> Aggregate() => _store.Read(r => r.AggregateCohortProgress(s_query));

    private DateTimeOffset Next() => s_start.AddMinutes(++_minute);

    private long Event(string trainee, string kind) =>
        _store.Write(w => w.AppendEvent(new LearningEvent(0, Next(), kind, trainee, "m", "1.0.0", null, null, null)));

    private void Lesson(string trainee, string lesson)
    {
        var id = Event(trainee, LearningEventKinds.LessonCompleted);
        _store.Write(w =>
        {
            w.UpsertLessonProgress(new LessonProgressRow(trainee, "m", lesson, "1.0.0", s_start.AddMinutes(_minute), id));
            return 0;
        });
    }

    private void Attempts(string trainee, string quiz, params double[] percents)
    {
        foreach (var percent in percents)
        {
            Attempt(trainee, quiz, AttemptState.Submitted, percent);
        }
    }

    /// <summary>An attempt started at the returned time and, when submitted, submitted a minute later.</summary>
    private DateTimeOffset Attempt(string trainee, string quiz, AttemptState state, double? percent)
    {
        var id = Event(trainee, LearningEventKinds.AttemptStarted);
        var started = s_start.AddMinutes(_minute);
        var ended = Next();
        _store.Write(w =>
        {
            w.UpsertAttempt(new AttemptRow(
                id, trainee, "m", quiz, "1.0.0", 1, 0, "fr", started, null, state,
                state == AttemptState.Open ? null : ended, percent, percent is null ? null : 100, percent, percent >= 60));
            return 0;
        });
        return started;
    }

    private void Status(string trainee, bool completed, long resetEventId) => _store.Write(w =>
    {
        w.UpsertModuleStatus(new ModuleStatusRow(trainee, "m", completed, completed ? Next() : null, completed ? "1.0.0" : null, resetEventId, null));
        return 0;
    });
}
