using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Reliability;

/// <summary>Several real processes recording into one training.db at once lose nothing and never see "database is locked".</summary>
public sealed class ConcurrentProcessesTests
{
    [Test]
    public void Four_processes_of_500_actions_lose_nothing()
    {
        using var data = new TempDirectory();
        const int processes = 4;
        const int actions = 500;

        var running = Enumerable.Range(0, processes)
            .Select(i => StressProcess.Start(data.Path, TestModules.Good, $"p{i}", actions))
            .ToList();
        var outputs = running.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
        foreach (var process in running)
        {
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("a recording process did not finish within 3 minutes");
            }
        }

        for (var i = 0; i < processes; i++)
        {
            Assert.That(running[i].ExitCode, Is.Zero, outputs[i].Err.Result);
            Assert.That(outputs[i].Err.Result, Does.Not.Contain("locked").IgnoreCase);
            Assert.That(outputs[i].Out.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(actions));
        }

        Assert.That(RecordsDatabase.IntegrityCheck(data.Path), Is.EqualTo("ok"));
        Assert.That(RecordsDatabase.Count(data.Path, "trainees"), Is.EqualTo(processes * actions / 2));
        Assert.That(RecordsDatabase.CountEvents(data.Path, "lesson-completed"), Is.EqualTo(processes * actions / 2));
        Assert.That(RecordsDatabase.Count(data.Path, "lesson_progress"), Is.EqualTo(processes * actions / 2));
    }

    [Test]
    public void Concurrent_training_commands_all_succeed()
    {
        using var data = new TempDirectory();

        var results = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => TrainingCli.Run(data.Path, "trainees", "add", $"t{i}", "--name", $"Stagiaire {i}"))
            .ToList();

        Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results));
        Assert.That(RecordsDatabase.Count(data.Path, "trainees"), Is.EqualTo(8));
    }
}
