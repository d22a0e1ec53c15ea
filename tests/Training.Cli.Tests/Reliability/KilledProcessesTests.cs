using System.Diagnostics;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Reliability;

/// <summary>
/// A process killed at any moment (SIGKILL) loses no acknowledged action and never corrupts the
/// database: every action a process acknowledged is found after restart, and integrity holds.
/// </summary>
public sealed class KilledProcessesTests
{
    [Test]
    public void Killed_recorders_lose_no_acknowledged_action()
    {
        using var data = new TempDirectory();
        var random = new Random(20261125);
        var acknowledged = new List<(string Prefix, int Action)>();

        for (var round = 0; round < 6; round++)
        {
            var prefix = $"r{round}";
            using var process = StressProcess.Start(data.Path, TestModules.Good, prefix, 100_000);
            var acks = new List<int>();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line && line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    lock (acks)
                    {
                        acks.Add(int.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            };
            process.BeginOutputReadLine();

            // Let it get into its burst, then kill it wherever it is.
            WaitForAcks(acks, 20 + random.Next(200));
            Thread.Sleep(random.Next(1, 40));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (acks)
            {
                acknowledged.AddRange(acks.Select(a => (prefix, a)));
            }
        }

        Assert.That(RecordsDatabase.IntegrityCheck(data.Path), Is.EqualTo("ok"));
        var trainees = TraineeIds(data.Path);
        foreach (var (prefix, action) in acknowledged)
        {
            Assert.That(trainees, Does.Contain($"{prefix}-{action / 2}"), $"acknowledged action {prefix}/{action} was lost");
        }

        // Lessons acknowledged as completed are all there too (odd actions complete a lesson).
        var lessonsAcknowledged = acknowledged.Count(a => a.Action % 2 == 1);
        Assert.That(RecordsDatabase.CountEvents(data.Path, "lesson-completed"), Is.GreaterThanOrEqualTo(lessonsAcknowledged));
        Assert.That(RecordsDatabase.Count(data.Path, "lesson_progress"), Is.EqualTo(RecordsDatabase.CountEvents(data.Path, "lesson-completed")), "projections match the events after every kill");
    }

    [Test]
    public void Killed_training_commands_leave_a_consistent_database()
    {
        using var data = new TempDirectory();
        var random = new Random(7);
        var acknowledged = new List<string>();
        TrainingCli.Run(data.Path, "trainees", "list");

        for (var i = 0; i < 12; i++)
        {
            var id = $"k{i}";
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { TrainingCli.DllPath, "trainees", "add", id, "--name", $"Stagiaire {i}" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["TRAINING_DATA"] = data.Path;
            using var process = Process.Start(start)!;
            var exited = process.WaitForExit(random.Next(50, 600));
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            else if (process.ExitCode == 0)
            {
                acknowledged.Add(id);
            }
        }

        var listed = TrainingCli.Run(data.Path, "trainees", "list", "--json");
        Assert.That(listed.ExitCode, Is.Zero, listed.ToString());
        Assert.That(RecordsDatabase.IntegrityCheck(data.Path), Is.EqualTo("ok"));
        var trainees = TraineeIds(data.Path);
        Assert.That(trainees, Is.SupersetOf(acknowledged));
        Assert.That(RecordsDatabase.CountEvents(data.Path, "trainee-added"), Is.EqualTo(RecordsDatabase.Count(data.Path, "trainees")));
    }

    private static HashSet<string> TraineeIds(string data)
    {
        var result = TrainingCli.Run(data, "trainees", "list", "--json");
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        return json.RootElement.GetProperty("trainees").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToHashSet();
    }

    private static void WaitForAcks(List<int> acks, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            lock (acks)
            {
                if (acks.Count >= atLeast)
                {
                    return;
                }
            }

            Thread.Sleep(5);
        }

        Assert.Fail("the recording process acknowledged nothing within 60 seconds");
    }
}
