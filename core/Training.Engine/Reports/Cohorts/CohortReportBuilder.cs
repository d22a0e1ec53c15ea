using Training.Engine.Manifests;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Engine.Records.Storage;

namespace Training.Engine.Reports.Cohorts;

/// <summary>
/// Computes a cohort report from two store queries (the members, then every member's per-module
/// aggregate), whatever the number of trainees; the items that count come from the installed modules,
/// with the same rules as a trainee's own progress.
/// </summary>
internal static class CohortReportBuilder
{
    public static CohortReport Build(ILearningReader reader, Engine.Cohorts.Cohort cohort, CatalogTrack track, ModuleCatalog catalog, DateTimeOffset now, string language)
    {
        var modules = track.Track.Modules.Select(id => catalog.FindLoaded(id)!).ToList();
        var required = modules.ToDictionary(
            m => m.Id,
            m => ModuleRules.CompletionOf(m) == CompletionRule.Quizzes ? 0 : m.Lessons.Count,
            StringComparer.Ordinal);
        var query = new CohortProgressQuery(
            cohort.Id,
            cohort.TrackId,
            [.. modules.Select(m => m.Id)],
            [.. modules.Where(m => required[m.Id] > 0).SelectMany(m => m.Lessons.Select(l => (m.Id, l.Id)))],
            [.. modules.SelectMany(m => m.Quizzes.Select(q => new CohortQuizRule(m.Id, q.Id, q.Settings.Grading.ToString().ToLowerInvariant(), q.Settings.PassMark * 100)))]);

        var members = reader.ListCohortMembers(cohort.Id, cohort.TrackId);
        var progress = reader.AggregateCohortProgress(query)
            .ToDictionary(row => (row.TraineeId, row.ModuleId));

        var trainees = new List<CohortTraineeLine>(members.Count);
        var completedBy = modules.ToDictionary(m => m.Id, _ => 0, StringComparer.Ordinal);
        var bestSum = modules.ToDictionary(m => m.Id, _ => 0.0, StringComparer.Ordinal);
        var bestCount = modules.ToDictionary(m => m.Id, _ => 0, StringComparer.Ordinal);
        foreach (var member in members)
        {
            var cells = new List<CohortCell>(modules.Count);
            DateTimeOffset? last = null;
            var anyProgress = false;
            foreach (var module in modules)
            {
                var total = required[module.Id] + module.Quizzes.Count;
                if (!progress.TryGetValue((member.TraineeId, module.Id), out var row))
                {
                    cells.Add(new CohortCell(module.Id, 0, total, false));
                    continue;
                }

                var completed = row.Completed || (row.LessonsDone >= required[module.Id] && row.QuizzesPassed >= module.Quizzes.Count);
                var done = completed ? total : Math.Min(row.LessonsDone, required[module.Id]) + row.QuizzesPassed;
                cells.Add(new CohortCell(module.Id, done, total, completed));
                anyProgress |= row.LessonsDone > 0 || row.QuizzesAttempted > 0 || completed;
                if (row.LastActivity is { } at && (last is null || at > last))
                {
                    last = at;
                }

                completedBy[module.Id] += completed ? 1 : 0;
                bestSum[module.Id] += row.BestPercentSum;
                bestCount[module.Id] += row.BestPercentCount;
            }

            var trackCompleted = member.TrackCompleted || (cells.Count > 0 && cells.All(c => c.Completed));
            var itemsTotal = cells.Sum(c => c.ItemsTotal);
            var percent = trackCompleted ? 100 : itemsTotal == 0 ? 0 : Round(100.0 * cells.Sum(c => c.ItemsDone) / itemsTotal);
            trainees.Add(new CohortTraineeLine(
                member.TraineeId,
                member.Name,
                percent,
                cells.Count(c => c.Completed),
                CohortStatus.Of(trackCompleted, percent, anyProgress, member.AddedAt, cohort.Deadline, now),
                last,
                member.CertificateId)
            {
                Cells = cells,
                ExpectedPercent = cohort.Deadline is { } day ? Round(CohortStatus.Expected(member.AddedAt, day, now)) : null,
            });
        }

        var moduleLines = modules.Select(m => new CohortModuleLine(
            m.Id,
            members.Count == 0 ? 0 : Round(100.0 * completedBy[m.Id] / members.Count),
            bestCount[m.Id] == 0 ? null : Round(bestSum[m.Id] / bestCount[m.Id]))
        {
            Title = m.Title.Get(language),
        }).ToList();

        return new CohortReport(cohort.Id, cohort.TrackId, cohort.Deadline, trainees, moduleLines)
        {
            Title = cohort.Title,
            GeneratedAt = now,
        };
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
