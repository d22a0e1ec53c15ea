using Training.Engine.Records.Storage;
using Training.Engine.Versioning;

namespace Training.Engine.Reports.Items;

/// <summary>
/// Accumulates attempts one at a time (fed by a streaming scan) into per-question, per-version
/// statistics: O(questions) work per attempt, nothing kept per attempt.
/// </summary>
internal sealed class ItemAnalyzer
{
    private readonly Dictionary<string, VersionState> _versions = new(StringComparer.Ordinal);
    private VersionState? _last;

    public int Attempts { get; private set; }

    /// <summary>Adds one attempt's results (a <see cref="AttemptResultsHandler"/>).</summary>
    public void Add(string version, ReadOnlySpan<QuestionResultRow> questions)
    {
        var state = _last is not null && ReferenceEquals(_last.Version, version) ? _last : Version(version);
        _last = state;
        Attempts++;
        var total = 0.0;
        foreach (var question in questions)
        {
            total += question.Score;
        }

        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            state.For(i, question.QuestionId).Add(question.Score, question.MaxScore, total - question.Score);
        }
    }

    public IReadOnlyList<QuestionStatistics> Results() =>
        _versions.Values
            .OrderBy(v => SemanticVersion.TryParse(v.Version, out var parsed) ? parsed : null, Comparer<SemanticVersion?>.Create(CompareVersions))
            .ThenBy(v => v.Version, StringComparer.Ordinal)
            .SelectMany(v => v.Questions.OrderBy(q => q.Position).Select(q => q.ToStatistics(v.Version)))
            .ToList();

    private static int CompareVersions(SemanticVersion? left, SemanticVersion? right) =>
        left is null ? (right is null ? 0 : 1) : left.CompareTo(right);

    private VersionState Version(string version)
    {
        if (!_versions.TryGetValue(version, out var state))
        {
            _versions[version] = state = new VersionState(version);
        }

        return state;
    }

    private sealed class VersionState(string version)
    {
        private readonly Dictionary<string, QuestionAccumulator> _byId = new(StringComparer.Ordinal);
        private readonly List<QuestionAccumulator> _byPosition = [];

        public string Version { get; } = version;

        public IEnumerable<QuestionAccumulator> Questions => _byId.Values;

        public QuestionAccumulator For(int position, string id)
        {
            // Attempts on one version list the questions in the same order: the position is a cheap
            // first guess, the id (shared by the scan, hence a reference compare) confirms it.
            if (position < _byPosition.Count && ReferenceEquals(_byPosition[position].Id, id))
            {
                return _byPosition[position];
            }

            if (!_byId.TryGetValue(id, out var accumulator))
            {
                _byId[id] = accumulator = new QuestionAccumulator(id, _byId.Count);
            }

            if (position == _byPosition.Count)
            {
                _byPosition.Add(accumulator);
            }

            return accumulator;
        }
    }
}
