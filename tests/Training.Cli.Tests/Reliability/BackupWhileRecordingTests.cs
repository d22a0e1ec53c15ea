using System.Diagnostics;
using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Reliability;

/// <summary>
/// 'training backup' run while three processes record: the backup is a consistent snapshot, i.e. a
/// prefix of each process's history with every projection matching its events.
/// </summary>
public sealed class BackupWhileRecordingTests
{
    private const int Processes = 3;
    private const int Actions = 600;

    [Test]
    public void A_backup_taken_while_processes_record_is_a_consistent_prefix_of_the_history()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        Assert.That(TrainingCli.Run(data.Path, "trainees", "list").ExitCode, Is.Zero);
        var acks = new int[Processes];
        var writers = Enumerable.Range(0, Processes).Select(i => Start(data.Path, i, acks)).ToList();
        WaitFor(() => Enumerable.Range(0, Processes).All(i => Volatile.Read(ref acks[i]) >= 20), "every recording process acknowledged 20 actions");

        var file = Path.Combine(work.Path, "during.db");
        var backup = TrainingCli.Run(data.Path, "backup", "-o", file, "--json");

        foreach (var writer in writers)
        {
            if (!writer.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                writer.Kill(entireProcessTree: true);
                Assert.Fail("a recording process did not finish within 3 minutes");
            }

            Assert.That(writer.ExitCode, Is.Zero);
            writer.Dispose();
        }

        Assert.That(backup.ExitCode, Is.Zero, backup.ToString());
        Assert.That(RecordsDatabase.Strings(file, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
        using var json = JsonDocument.Parse(backup.StdOut);
        var events = json.RootElement.GetProperty("events").GetInt64();
        Assert.That(Count(file, "SELECT count(*) FROM events"), Is.EqualTo(events));
        Assert.That(events, Is.GreaterThanOrEqualTo(Processes * 20), "taken after every process had recorded");

        // No torn transaction: every projection row has its event, and the other way round.
        Assert.That(Count(file, "SELECT count(*) FROM trainees"), Is.EqualTo(Count(file, "SELECT count(*) FROM events WHERE kind = 'trainee-added'")));
        Assert.That(Count(file, "SELECT count(*) FROM lesson_progress"), Is.EqualTo(Count(file, "SELECT count(*) FROM events WHERE kind = 'lesson-completed'")));

        // Each process records in order (add p-0, complete its lesson, add p-1...): the backup holds a prefix of that sequence.
        for (var i = 0; i < Processes; i++)
        {
            var added = RecordsDatabase.Strings(file, $"SELECT trainee_id FROM events WHERE kind = 'trainee-added' AND trainee_id LIKE 'p{i}-%' ORDER BY id");
            var completed = RecordsDatabase.Strings(file, $"SELECT trainee_id FROM events WHERE kind = 'lesson-completed' AND trainee_id LIKE 'p{i}-%' ORDER BY id");
            Assert.That(added, Is.EqualTo(Enumerable.Range(0, added.Count).Select(n => $"p{i}-{n}")), $"process {i}'s trainees");
            Assert.That(completed, Is.EqualTo(Enumerable.Range(0, completed.Count).Select(n => $"p{i}-{n}")), $"process {i}'s lessons");
            Assert.That(added.Count - completed.Count, Is.InRange(0, 1));
        }

        // Every event of the backup is in the final database, unchanged.
        const string Events = "SELECT id || '|' || at || '|' || kind || '|' || trainee_id || '|' || coalesce(item_id, '') FROM events ORDER BY id";
        var backedUp = RecordsDatabase.Strings(file, Events);
        var final = RecordsDatabase.Strings(Path.Combine(data.Path, "training.db"), Events);
        Assert.That(final, Has.Count.EqualTo(Processes * Actions));
        Assert.That(final.Take(backedUp.Count), Is.EqualTo(backedUp));
        TestContext.Out.WriteLine($"The backup holds {backedUp.Count} of the {final.Count} events recorded.");
    }

    private static Process Start(string data, int index, int[] acks)
    {
        var process = StressProcess.Start(data, TestModules.Good, $"p{index}", Actions);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("ack ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref acks[index]);
            }
        };
        process.BeginOutputReadLine();
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static long Count(string file, string sql) => long.Parse(RecordsDatabase.Strings(file, sql).Single(), System.Globalization.CultureInfo.InvariantCulture);

    private static void WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting until {what}");
            }

            Thread.Sleep(5);
        }
    }
}
