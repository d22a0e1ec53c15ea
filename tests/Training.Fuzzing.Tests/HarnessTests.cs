using System.Text.RegularExpressions;
using Training.TestSupport;

namespace Training.Fuzzing.Tests;

/// <summary>The harness, as the documented command runs it (without instrumentation, so unguided).</summary>
public sealed partial class HarnessTests
{
    [Test]
    public void Every_engine_target_runs_clean_for_a_few_thousand_executions()
    {
        using var work = new TempDirectory();

        // A generous hang bound: this test is about crashes, and a busy CI machine can take an input past
        // the 2 s default (one manifest input took 1.7 s under load); real hangs still stop the run.
        var (exitCode, output) = FuzzHarness.Run(work.Path, "run", "--executions", "4500", "--seed", "11", "--findings", "findings", "--timeout-ms", "20000");

        Assert.That(exitCode, Is.Zero, output);
        foreach (var target in new[] { "gift", "manifest", "package" })
        {
            Assert.That(SummaryLine(target).Match(output).Groups["executions"].Value, Is.EqualTo("1,500"), output);
        }

        Assert.That(output, Does.Contain("total: 4,500 executions").And.Contain("0 crashes (0 distinct), 0 hangs, 0 memory findings").And.Contain("result: clean"));
        Assert.That(Directory.Exists(Path.Combine(work.Path, "findings")), Is.False, "nothing was saved");
    }

    [Test]
    public void A_crash_is_counted_saved_once_and_replayed_by_the_printed_command()
    {
        using var work = new TempDirectory();
        work.Write("seeds/boom", "boom");

        var (exitCode, output) = FuzzHarness.Run(work.Path, "run", "--target", "selftest", "--executions", "300", "--corpus", "seeds", "--findings", "findings");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("CRASH System.InvalidOperationException in Training.Fuzzing.Targets.SelfTestTarget.Execute").And.Contain("result: FINDINGS"));
        var saved = Directory.GetFiles(Path.Combine(work.Path, "findings", "selftest"), "crash-*");
        Assert.That(saved, Has.Length.EqualTo(1), "one file per distinct crash");
        Assert.That(File.ReadAllText(saved[0]), Does.StartWith("boom"));
        Assert.That(output, Does.Contain("repro: ").And.Contain("repro selftest " + saved[0]));

        var (replayExit, replay) = FuzzHarness.Run(work.Path, "repro", "selftest", saved[0]);

        Assert.That(replayExit, Is.EqualTo(1), replay);
        Assert.That(replay, Does.Contain("CRASH replaying").And.Contain("The self-test target crashes on 'boom'."));
    }

    [Test]
    public void A_hang_stops_the_run_and_saves_the_input()
    {
        using var work = new TempDirectory();
        work.Write("seeds/hang", "hang");

        var (exitCode, output) = FuzzHarness.Run(work.Path, "run", "--target", "selftest", "--executions", "300", "--corpus", "seeds", "--findings", "findings", "--timeout-ms", "500");

        Assert.That(exitCode, Is.EqualTo(3), output);
        Assert.That(output, Does.Contain("HANG: one input ran for more than 500 ms").And.Contain("result: FINDINGS (hang)"));
        Assert.That(File.ReadAllText(Directory.GetFiles(Path.Combine(work.Path, "findings", "selftest"), "hang-*").Single()), Is.EqualTo("hang"));
    }

    [Test]
    public void An_input_allocating_past_the_limit_is_a_memory_finding()
    {
        using var work = new TempDirectory();
        work.Write("seeds/alloc", "alloc");

        var (exitCode, output) = FuzzHarness.Run(work.Path, "run", "--target", "selftest", "--executions", "50", "--corpus", "seeds", "--findings", "findings", "--max-alloc-mb", "100");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("MEMORY: one input allocated"));
        Assert.That(Directory.GetFiles(Path.Combine(work.Path, "findings", "selftest"), "memory-*"), Is.Not.Empty);
    }

    private static Regex SummaryLine(string target) => new($"^{target} +(?<executions>[0-9,]+) ", RegexOptions.Multiline);
}
