namespace Training.Engine.Xapi;

/// <summary>What earlier events tell the mapping of later ones: trainees' identities, enrolments, open attempts.</summary>
internal sealed class ExportState
{
    private readonly Dictionary<string, List<string>> _enrolments = new(StringComparer.Ordinal);

    public Dictionary<string, TraineeIdentity> Trainees { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, AttemptContext> Attempts { get; } = [];

    public void Enrol(string traineeId, string trackId)
    {
        if (!_enrolments.TryGetValue(traineeId, out var tracks))
        {
            _enrolments[traineeId] = tracks = [];
        }

        if (!tracks.Contains(trackId, StringComparer.Ordinal))
        {
            tracks.Add(trackId);
        }
    }

    public IReadOnlyList<string> EnrolmentsOf(string traineeId) => _enrolments.TryGetValue(traineeId, out var tracks) ? tracks : [];
}
