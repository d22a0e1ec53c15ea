using Training.Engine.Modules;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <content>What cohorts reuse inside their own units of work: the same rules as <see cref="AddTrainee"/> and <see cref="Enroll"/>.</content>
public sealed partial class LearningRecords
{
    internal ILearningStore Store => _store;

    internal ModuleCatalog Catalog => _catalog;

    internal TimeProvider Time => _time;

    /// <summary>Registers a trainee inside the caller's transaction; the caller has checked id and e-mail are free.</summary>
    internal static void InsertTraineeWithin(ILearningWriter writer, Trainee trainee)
    {
        writer.InsertTrainee(trainee);
        Append(writer, LearningEventKinds.TraineeAdded, trainee.Id, null, null, null, Json(new { name = trainee.Name, email = trainee.Email }), trainee.CreatedAt);
    }

    /// <summary>Enrols a trainee inside the caller's transaction unless already enrolled; returns whether an enrolment was recorded.</summary>
    internal bool EnrollWithin(ILearningWriter writer, Trainee trainee, string trackId, DateTimeOffset now)
    {
        var snapshot = TraineeSnapshot.Load(writer, trainee);
        if (snapshot.Enrolments.Exists(e => e.TrackId == trackId))
        {
            return false;
        }

        var enrolment = new Enrolment(trainee.Id, trackId, now);
        writer.InsertEnrolment(enrolment);
        snapshot.Enrolments.Add(enrolment);
        Append(writer, LearningEventKinds.Enrolled, trainee.Id, null, trackId, null, null, now);
        Propagate(writer, snapshot, null, now, recorded: true);
        return true;
    }
}
