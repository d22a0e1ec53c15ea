using Training.Engine.Manifests;
using Training.Engine.Modules;
using Training.Engine.Records.Events;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Upgrades;

namespace Training.Engine.Records;

/// <content>Module upgrades: what they change for trainees, and the coordinator's reset after a breaking one.</content>
public sealed partial class LearningRecords
{
    /// <summary>Describes what installing <paramref name="incoming"/> over <paramref name="installed"/> changes for trainees. Records nothing.</summary>
    /// <param name="installed">The installed version.</param>
    /// <param name="incoming">The version about to be installed.</param>
    /// <returns>The counts.</returns>
    public UpgradeImpact DescribeUpgrade(LoadedModule installed, LoadedModule incoming)
    {
        ArgumentNullException.ThrowIfNull(installed);
        ArgumentNullException.ThrowIfNull(incoming);
        return Describe(
            installed.Id, installed.Version, incoming.Version, ModuleRules.IsBreaking(incoming),
            [.. installed.Lessons.Select(l => l.Id)], [.. incoming.Lessons.Select(l => l.Id)],
            [.. installed.Quizzes.Select(q => q.Id)], [.. incoming.Quizzes.Select(q => q.Id)]);
    }

    /// <summary>Describes an upgrade from the two manifests alone (the CLI has them before loading any code). Records nothing.</summary>
    /// <param name="installed">The installed version's manifest.</param>
    /// <param name="incoming">The incoming version's manifest.</param>
    /// <returns>The counts.</returns>
    public UpgradeImpact DescribeUpgrade(ModuleManifest installed, ModuleManifest incoming)
    {
        ArgumentNullException.ThrowIfNull(installed);
        ArgumentNullException.ThrowIfNull(incoming);
        return Describe(
            installed.Id, installed.Version.ToString(), incoming.Version.ToString(), incoming.Breaking,
            [.. installed.Lessons.Select(l => l.Id)], [.. incoming.Lessons.Select(l => l.Id)],
            [.. installed.Quizzes.Select(q => q.Id)], [.. incoming.Quizzes.Select(q => q.Id)]);
    }

    /// <summary>
    /// Applies the installed version's breaking change: for every trainee with records on the module,
    /// records a module-reset event, so the module's completion starts over and earlier lessons and
    /// attempts stop counting (they stay in the history). Tracks containing the module are no longer
    /// completed; certificates already issued stay valid until they expire. Applying it again for the
    /// same version changes nothing.
    /// </summary>
    /// <param name="moduleId">The module, installed in the version that declares <c>breaking: true</c>.</param>
    /// <returns>How many trainees were reset.</returns>
    /// <exception cref="LearningRecordsException">Unknown module; the installed version does not declare a breaking change (Refused).</exception>
    public int ApplyBreakingUpgrade(string moduleId)
    {
        var module = RequireModule(moduleId);
        if (!ModuleRules.IsBreaking(module))
        {
            throw LearningRecordsException.Refused(
                $"Module '{moduleId}' version {module.Version} does not declare 'breaking: true', so completions stay as they are. Only a version that declares a breaking change can reset them.");
        }

        var tracks = _catalog.Tracks.Where(t => t.Track.Modules.Contains(module.Id)).Select(t => t.Track.Id).ToList();
        return _store.Write(writer =>
        {
            var statuses = writer.ListModuleStatusesForModule(module.Id).ToDictionary(s => s.TraineeId, StringComparer.Ordinal);
            var trainees = writer.ListLessonProgressForModule(module.Id).Select(r => r.TraineeId)
                .Concat(writer.ListAttemptsForModule(module.Id).Select(r => r.TraineeId))
                .Concat(statuses.Keys)
                .Distinct(StringComparer.Ordinal)
                .Where(t => statuses.GetValueOrDefault(t)?.ResetVersion != module.Version)
                .Order(StringComparer.Ordinal)
                .ToList();
            var trackStatuses = tracks.SelectMany(writer.ListTrackStatusesForTrack).ToList();
            var now = _time.GetUtcNow();
            foreach (var trainee in trainees)
            {
                var eventId = Append(writer, LearningEventKinds.ModuleReset, trainee, module, null, null, null, now);
                writer.UpsertModuleStatus(new ModuleStatusRow(trainee, module.Id, false, null, null, eventId, module.Version));
                foreach (var track in trackStatuses.Where(s => s.TraineeId == trainee && s.Completed))
                {
                    writer.UpsertTrackStatus(track with { Completed = false });
                }
            }

            return trainees.Count;
        });
    }

    private UpgradeImpact Describe(
        string moduleId, string from, string to, bool breaking,
        IReadOnlyList<string> oldLessons, IReadOnlyList<string> newLessons, IReadOnlyList<string> oldQuizzes, IReadOnlyList<string> newQuizzes)
    {
        var lessonsRemoved = oldLessons.Except(newLessons, StringComparer.Ordinal).ToList();
        var quizzesRemoved = oldQuizzes.Except(newQuizzes, StringComparer.Ordinal).ToList();
        var (lessons, attempts, statuses) = _store.Read(reader => (
            reader.ListLessonProgressForModule(moduleId), reader.ListAttemptsForModule(moduleId), reader.ListModuleStatusesForModule(moduleId)));
        var trainees = lessons.Select(r => r.TraineeId).Concat(attempts.Select(r => r.TraineeId)).Concat(statuses.Where(s => s.Completed).Select(s => s.TraineeId))
            .Distinct(StringComparer.Ordinal).Count();
        var stop = lessons.Count(r => lessonsRemoved.Contains(r.LessonId)) + attempts.Count(r => quizzesRemoved.Contains(r.QuizId));
        var completed = statuses.Count(s => s.Completed);
        return new UpgradeImpact(
            moduleId, from, to, breaking, trainees,
            [.. newLessons.Except(oldLessons, StringComparer.Ordinal)], lessonsRemoved,
            [.. newQuizzes.Except(oldQuizzes, StringComparer.Ordinal)], quizzesRemoved,
            completed, breaking ? trainees : 0, lessons.Count + attempts.Count - stop, stop);
    }
}
