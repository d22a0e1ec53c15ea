using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <content>Trainees and enrolment.</content>
public sealed partial class LearningRecords
{
    /// <summary>Registers a trainee. Ids are case-insensitive: they are stored lower-cased.</summary>
    /// <param name="id">The id: 1 to 64 letters, digits, <c>.</c>, <c>_</c> or <c>-</c>, starting with a letter or digit.</param>
    /// <param name="name">The name shown on certificates.</param>
    /// <param name="email">The e-mail, or null; unique among trainees, ignoring case.</param>
    /// <returns>The trainee.</returns>
    /// <exception cref="LearningRecordsException">Invalid input, or the id or e-mail is taken (Conflict).</exception>
    public Trainee AddTrainee(string id, string name, string? email = null)
    {
        var trainee = new Trainee(TraineeInput.Id(id), TraineeInput.Name(name), TraineeInput.Email(email), _time.GetUtcNow());
        return _store.Write(writer =>
        {
            if (writer.FindTrainee(trainee.Id) is not null)
            {
                throw LearningRecordsException.Conflict($"Trainee '{trainee.Id}' already exists. Choose another id, or use the existing trainee.");
            }

            if (trainee.Email is { } address && writer.FindTraineeByEmail(address) is { } other)
            {
                throw LearningRecordsException.Conflict($"The e-mail '{address}' already belongs to trainee '{other.Id}'. Each trainee needs their own address.");
            }

            writer.InsertTrainee(trainee);
            Append(writer, LearningEventKinds.TraineeAdded, trainee.Id, null, null, null, Json(new { name = trainee.Name, email = trainee.Email }), trainee.CreatedAt);
            return trainee;
        });
    }

    /// <summary>Finds a trainee.</summary>
    /// <param name="id">The id (any case).</param>
    /// <returns>The trainee.</returns>
    /// <exception cref="LearningRecordsException">Invalid id, or no such trainee (NotFound).</exception>
    public Trainee GetTrainee(string id)
    {
        var traineeId = TraineeInput.Id(id);
        return _store.Read(reader => RequireTrainee(reader, traineeId));
    }

    /// <summary>Every trainee, by id.</summary>
    /// <returns>The trainees.</returns>
    public IReadOnlyList<Trainee> ListTrainees() => _store.Read(reader => reader.ListTrainees());

    /// <summary>
    /// Enrols a trainee in a track. Modules already completed count at once, so enrolling someone
    /// who has done everything completes the track and issues its certificate.
    /// </summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="trackId">The track.</param>
    /// <returns>What the enrolment led to.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee or track (NotFound), a track whose modules are missing (Refused), or already enrolled (Conflict).</exception>
    public ActionOutcome Enroll(string traineeId, string trackId)
    {
        var id = TraineeInput.Id(traineeId);
        ArgumentNullException.ThrowIfNull(trackId);
        var track = _catalog.FindTrack(trackId)
            ?? throw LearningRecordsException.NotFound($"There is no track '{trackId}'. Known tracks: {string.Join(", ", _catalog.Tracks.Select(t => t.Track.Id).DefaultIfEmpty("(none)"))}.");
        if (!track.IsValid)
        {
            throw LearningRecordsException.Refused($"Track '{trackId}' cannot be followed: {string.Join("; ", track.Problems)}. Install the missing modules first.");
        }

        return _store.Write(writer =>
        {
            var trainee = RequireTrainee(writer, id);
            var snapshot = TraineeSnapshot.Load(writer, trainee);
            if (snapshot.Enrolments.Exists(e => e.TrackId == trackId))
            {
                throw LearningRecordsException.Conflict($"Trainee '{id}' is already enrolled in track '{trackId}'.");
            }

            var now = _time.GetUtcNow();
            var enrolment = new Enrolment(id, trackId, now);
            writer.InsertEnrolment(enrolment);
            snapshot.Enrolments.Add(enrolment);
            Append(writer, LearningEventKinds.Enrolled, id, null, trackId, null, null, now);
            return Propagate(writer, snapshot, null, now, recorded: true);
        });
    }

    /// <summary>A trainee's enrolments, in the order they were made.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The enrolments.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee.</exception>
    public IReadOnlyList<Enrolment> ListEnrolments(string traineeId)
    {
        var id = TraineeInput.Id(traineeId);
        return _store.Read(reader =>
        {
            RequireTrainee(reader, id);
            return reader.ListEnrolments(id);
        });
    }
}
