using System.Text;
using Microsoft.Data.Sqlite;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite.Cohorts;

/// <summary>
/// The cohort report's per-(trainee, module) aggregate, computed here from three indexed scans of
/// the members' rows rather than in one SQL statement: as one statement, SQLite grouped the joined
/// rows through temporary B-trees and checked each row's item and reset in SQL, 2.5 times the time of a
/// plain GROUP BY over the same rows; streamed through <see cref="RawQuery"/> and aggregated here, about
/// the same time as that GROUP BY (BENCHMARKS.md, reports.cohort). The rules are the engine's: progress at or before a
/// module's last reset does not count; only the track's lessons and quizzes count; a quiz is graded by
/// its own method (highest, first, last, average) over submitted attempts with no essay waiting for a
/// grade, against its pass mark.
/// </summary>
internal sealed class CohortProgressScan
{
    internal const string StatusSql =
        "SELECT s.trainee_id, s.module_id, s.completed, s.reset_event_id FROM cohort_members m JOIN module_status s ON s.trainee_id = m.trainee_id WHERE m.cohort_id = $cohort";

    internal const string LessonsSql =
        "SELECT p.trainee_id, p.module_id, p.lesson_id, p.event_id, p.completed_at FROM cohort_members m JOIN lesson_progress p ON p.trainee_id = m.trainee_id WHERE m.cohort_id = $cohort";

    internal const string AttemptsSql =
        """
        SELECT a.trainee_id, a.module_id, a.quiz_id, a.id, a.state, a.percent, coalesce(a.submitted_at, a.started_at), coalesce(r.pending, 0)
        FROM cohort_members m
        JOIN attempts a ON a.trainee_id = m.trainee_id
        LEFT JOIN attempt_results r ON r.attempt_id = a.id
        WHERE m.cohort_id = $cohort
        """;

    // A tolerance as the engine's own pass check has: a pass mark of 70 % is met by 69.99999999.
    private const double PassTolerance = 1e-7;

    private readonly string[] _modules;
    private readonly byte[][] _moduleKeys;
    private readonly byte[][][] _lessonKeys;
    private readonly CohortQuizRule[][] _quizzes;
    private readonly byte[][][] _quizKeys;
    private readonly Dictionary<(string TraineeId, string ModuleId), (bool Completed, long ResetEventId)> _status = [];
    private readonly Dictionary<string, TraineeCells> _trainees = new(StringComparer.Ordinal);

    private CohortProgressScan(CohortProgressQuery query)
    {
        _modules = [.. query.Modules];
        _moduleKeys = [.. _modules.Select(Encoding.UTF8.GetBytes)];
        _lessonKeys = [.. _modules.Select(m => query.Lessons.Where(l => l.ModuleId == m).Select(l => Encoding.UTF8.GetBytes(l.LessonId)).ToArray())];
        _quizzes = [.. _modules.Select(m => query.Quizzes.Where(q => q.ModuleId == m).ToArray())];
        _quizKeys = [.. _quizzes.Select(rules => rules.Select(q => Encoding.UTF8.GetBytes(q.QuizId)).ToArray())];
    }

    public static IReadOnlyList<CohortModuleProgressRow> Run(SqliteSession session, CohortProgressQuery query)
    {
        var scan = new CohortProgressScan(query);
        session.Scan(StatusSql, scan.Status, ("$cohort", query.CohortId));
        scan.Lessons(session.Connection, query.CohortId);
        scan.Attempts(session.Connection, query.CohortId);
        return scan.Rows();
    }

    private void Status(SqliteDataReader r)
    {
        var module = r.GetString(1);
        if (_modules.Contains(module))
        {
            _status[(r.GetString(0), module)] = (r.GetInt64(2) != 0, r.GetInt64(3));
        }
    }

    private void Lessons(SqliteConnection connection, string cohortId)
    {
        using var rows = new RawQuery(connection, LessonsSql);
        rows.Bind(1, cohortId);
        TraineeCells? trainee = null;
        while (rows.Step())
        {
            // Rows come trainee by trainee: the id is decoded once per trainee, not per row.
            trainee = SameTrainee(trainee, rows.Text(0)) ? trainee! : TraineeOf(rows.Text(0));
            var module = IndexOf(_moduleKeys, rows.Text(1));
            if (module < 0 || IndexOf(_lessonKeys[module], rows.Text(2)) < 0 || rows.Int64(3) <= trainee.Resets[module])
            {
                continue;
            }

            var cell = trainee.Cell(module);
            cell.LessonsDone++;
            cell.LastActivity = Math.Max(cell.LastActivity, rows.Int64(4));
        }
    }

    private void Attempts(SqliteConnection connection, string cohortId)
    {
        using var rows = new RawQuery(connection, AttemptsSql);
        rows.Bind(1, cohortId);
        TraineeCells? trainee = null;
        while (rows.Step())
        {
            trainee = SameTrainee(trainee, rows.Text(0)) ? trainee! : TraineeOf(rows.Text(0));
            var module = IndexOf(_moduleKeys, rows.Text(1));
            var quiz = module < 0 ? -1 : IndexOf(_quizKeys[module], rows.Text(2));
            var id = rows.Int64(3);
            if (quiz < 0 || id <= trainee.Resets[module])
            {
                continue;
            }

            var cell = trainee.Cell(module);
            cell.LastActivity = Math.Max(cell.LastActivity, rows.Int64(6));
            var attempts = trainee.Quiz(module, quiz, _quizzes[module].Length);

            // Graded: submitted, with a percent, and no essay still waiting for a coordinator's grade.
            if (rows.Text(4).SequenceEqual("submitted"u8) && rows.Int64(7) == 0 && !rows.IsNull(5))
            {
                attempts.Add(id, rows.Double(5));
            }
        }
    }

    private List<CohortModuleProgressRow> Rows()
    {
        var rows = new List<CohortModuleProgressRow>(_trainees.Count * _modules.Length);
        foreach (var trainee in _trainees.Values)
        {
            for (var m = 0; m < _modules.Length; m++)
            {
                if (trainee.Cells[m] is not { } cell)
                {
                    continue;
                }

                for (var q = 0; q < (trainee.Quizzes[m]?.Length ?? 0); q++)
                {
                    if (trainee.Quizzes[m]![q] is not { } attempts)
                    {
                        continue;
                    }

                    cell.QuizzesAttempted++;
                    if (attempts.Best is { } best)
                    {
                        cell.BestPercentSum += best;
                        cell.BestPercentCount++;
                    }

                    var rule = _quizzes[m][q];
                    if (attempts.Grade(rule.Grading) is { } grade && grade >= rule.PassPercent - PassTolerance)
                    {
                        cell.QuizzesPassed++;
                    }
                }

                rows.Add(new CohortModuleProgressRow(
                    trainee.Id,
                    _modules[m],
                    cell.LessonsDone,
                    cell.QuizzesPassed,
                    cell.QuizzesAttempted,
                    _status.TryGetValue((trainee.Id, _modules[m]), out var status) && status.Completed,
                    cell.BestPercentSum,
                    cell.BestPercentCount,
                    cell.LastActivity > 0 ? SqliteTime.FromDb(cell.LastActivity) : null));
            }
        }

        // Completion is sticky (module statuses), so a module can be completed with none of its rows counting
        // now, e.g. after an upgrade replaced its items: it still shows as completed.
        foreach (var ((trainee, module), status) in _status)
        {
            if (status.Completed && (!_trainees.TryGetValue(trainee, out var cells) || cells.Cells[Array.IndexOf(_modules, module)] is null))
            {
                rows.Add(new CohortModuleProgressRow(trainee, module, 0, 0, 0, true, 0, 0, null));
            }
        }

        return rows;
    }

    private static bool SameTrainee(TraineeCells? current, ReadOnlySpan<byte> id) => current is not null && id.SequenceEqual(current.Key);

    private TraineeCells TraineeOf(ReadOnlySpan<byte> key)
    {
        var id = Encoding.UTF8.GetString(key);
        if (!_trainees.TryGetValue(id, out var trainee))
        {
            var resets = _modules.Select(m => _status.TryGetValue((id, m), out var status) ? status.ResetEventId : 0).ToArray();
            trainee = new TraineeCells(id, key.ToArray(), resets);
            _trainees[id] = trainee;
        }

        return trainee;
    }

    /// <summary>The index of a key among a few (a track has a handful of modules, a module a handful of items), or -1.</summary>
    private static int IndexOf(byte[][] keys, ReadOnlySpan<byte> key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (key.SequenceEqual(keys[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One trainee's cells, by module index, and their quiz cells, by module and quiz index.</summary>
    private sealed class TraineeCells(string id, byte[] key, long[] resets)
    {
        public string Id => id;

        public byte[] Key => key;

        public long[] Resets => resets;

        public Cell?[] Cells { get; } = new Cell?[resets.Length];

        public QuizCell?[]?[] Quizzes { get; } = new QuizCell?[]?[resets.Length];

        public Cell Cell(int module) => Cells[module] ??= new Cell();

        public QuizCell Quiz(int module, int quiz, int quizzes)
        {
            var cells = Quizzes[module] ??= new QuizCell?[quizzes];
            return cells[quiz] ??= new QuizCell();
        }
    }

    private sealed class Cell
    {
        public int LessonsDone { get; set; }

        public int QuizzesPassed { get; set; }

        public int QuizzesAttempted { get; set; }

        public double BestPercentSum { get; set; }

        public int BestPercentCount { get; set; }

        public long LastActivity { get; set; }
    }

    /// <summary>One trainee's graded attempts at one quiz, reduced to what the grading methods need.</summary>
    private sealed class QuizCell
    {
        private long _firstId = long.MaxValue;
        private long _lastId = long.MinValue;
        private double _first;
        private double _last;
        private double _sum;
        private int _count;

        public double? Best { get; private set; }

        public void Add(long id, double percent)
        {
            Best = Best is { } best ? Math.Max(best, percent) : percent;
            _sum += percent;
            _count++;
            if (id < _firstId)
            {
                (_firstId, _first) = (id, percent);
            }

            if (id > _lastId)
            {
                (_lastId, _last) = (id, percent);
            }
        }

        public double? Grade(string grading) => _count == 0 ? null : grading switch
        {
            "first" => _first,
            "last" => _last,
            "average" => _sum / _count,
            _ => Best,
        };
    }
}
