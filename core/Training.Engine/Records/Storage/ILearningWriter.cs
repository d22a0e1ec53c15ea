using Training.Engine.Records.Certificates;
using Training.Engine.Records.Events;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records.Storage;

/// <summary>What a write unit of work can change: append events and keep the projections in step.</summary>
public partial interface ILearningWriter : ILearningReader
{
    /// <summary>Appends an event.</summary>
    /// <param name="learningEvent">The event; its <see cref="LearningEvent.Id"/> is ignored.</param>
    /// <returns>The id the store assigned (increasing).</returns>
    long AppendEvent(LearningEvent learningEvent);

    /// <summary>Inserts a trainee.</summary>
    /// <param name="trainee">The trainee.</param>
    void InsertTrainee(Trainee trainee);

    /// <summary>Inserts an enrolment.</summary>
    /// <param name="enrolment">The enrolment.</param>
    void InsertEnrolment(Enrolment enrolment);

    /// <summary>Inserts or replaces a lesson-progress row.</summary>
    /// <param name="row">The row.</param>
    void UpsertLessonProgress(LessonProgressRow row);

    /// <summary>Inserts or replaces an attempt row (by id).</summary>
    /// <param name="row">The row.</param>
    void UpsertAttempt(AttemptRow row);

    /// <summary>Inserts or replaces a module status row.</summary>
    /// <param name="row">The row.</param>
    void UpsertModuleStatus(ModuleStatusRow row);

    /// <summary>Inserts or replaces a track status row.</summary>
    /// <param name="row">The row.</param>
    void UpsertTrackStatus(TrackStatusRow row);

    /// <summary>Inserts a certificate.</summary>
    /// <param name="certificate">The certificate.</param>
    void InsertCertificate(CertificateRecord certificate);

    /// <summary>Inserts or replaces an attempt's per-question results (by attempt id).</summary>
    /// <param name="row">The row.</param>
    void UpsertAttemptResults(AttemptResultsRow row);

    /// <summary>Inserts or replaces an essay answer (by attempt and question).</summary>
    /// <param name="row">The row.</param>
    void UpsertEssayAnswer(EssayAnswerRow row);
}
