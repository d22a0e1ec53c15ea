using System.Text.Json;
using Training.Engine.Records;
using Training.Engine.Records.Attempts;
using Training.Engine.Records.Certificates;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Trainees;
using Training.Sdk.Content;

namespace Training.Engine.Access;

/// <summary>
/// What a trainee may do: only with their own records. Quiz questions come as presentations (no
/// answer key, fraction or answer-specific feedback); grades and feedback come back only for the
/// attempt just submitted. Anything not theirs is refused with <see cref="AccessDeniedException"/>
/// whether or not it exists, so ids of others cannot be probed.
/// </summary>
public sealed class TraineeWorkspace
{
    private readonly TrainingAccess _access;

    internal TraineeWorkspace(TrainingAccess access, Principal principal)
    {
        _access = access;
        Principal = principal;
        TraineeId = TraineeInput.Id(principal.TraineeId);
    }

    /// <summary>Who the workspace acts for.</summary>
    public Principal Principal { get; }

    /// <summary>The trainee's id.</summary>
    public string TraineeId { get; }

    /// <summary>The trainee.</summary>
    /// <exception cref="LearningRecordsException">The trainee no longer exists (NotFound).</exception>
    public Trainee Me => Records.GetTrainee(TraineeId);

    private LearningRecords Records => _access.Records;

    /// <summary>The trainee's progress.</summary>
    /// <returns>The progress.</returns>
    public TraineeProgress GetProgress() => Records.GetProgress(TraineeId);

    /// <summary>The next lesson or quiz to do.</summary>
    /// <returns>The next step, or null when nothing is left.</returns>
    public NextStep? NextStep() => Records.NextStep(TraineeId);

    /// <summary>The trainee's enrolments.</summary>
    /// <returns>The enrolments.</returns>
    public IReadOnlyList<Enrolment> ListEnrolments() => Records.ListEnrolments(TraineeId);

    /// <summary>Records a completed lesson.</summary>
    /// <param name="moduleId">The module.</param>
    /// <param name="lessonId">The lesson.</param>
    /// <returns>What it led to.</returns>
    /// <exception cref="LearningRecordsException">As <see cref="LearningRecords.CompleteLesson"/>.</exception>
    public ActionOutcome CompleteLesson(string moduleId, string lessonId) => Records.CompleteLesson(TraineeId, moduleId, lessonId);

    /// <summary>Starts (or resumes) an attempt; the questions carry no answer key.</summary>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <param name="language">The trainee's language (<c>fr</c> or <c>en</c>).</param>
    /// <returns>The attempt and its questions.</returns>
    /// <exception cref="LearningRecordsException">As <see cref="LearningRecords.StartAttempt"/>.</exception>
    public AttemptStart StartAttempt(string moduleId, string quizId, string language = LocalizedText.French) =>
        Records.StartAttempt(TraineeId, moduleId, quizId, seed: null, language);

    /// <summary>Submits one of the trainee's own open attempts.</summary>
    /// <param name="attemptId">The attempt, from <see cref="StartAttempt"/>.</param>
    /// <param name="sheet">The answers.</param>
    /// <returns>The grade and feedback of this attempt.</returns>
    /// <exception cref="AccessDeniedException">Not one of the trainee's attempts (nothing is recorded).</exception>
    /// <exception cref="LearningRecordsException">As <see cref="LearningRecords.SubmitAttempt"/>.</exception>
    public AttemptResult SubmitAttempt(long attemptId, JsonElement sheet)
    {
        // The owner of an attempt never changes, so checking before the submission's own transaction is safe.
        var owner = Records.Store.Read(reader => reader.FindAttempt(attemptId)?.TraineeId);
        if (owner != TraineeId)
        {
            throw new AccessDeniedException(Principal, $"submit quiz attempt {attemptId}", "it is not one of your attempts. Start the quiz to get an attempt of your own");
        }

        return Records.SubmitAttempt(attemptId, sheet);
    }

    /// <summary>The trainee's certificates, oldest first.</summary>
    /// <returns>The certificates.</returns>
    public IReadOnlyList<CertificateRecord> ListCertificates() => Records.ListCertificates(TraineeId);

    /// <summary>One of the trainee's certificates.</summary>
    /// <param name="certificateId">The id.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="AccessDeniedException">Not one of the trainee's certificates.</exception>
    public CertificateRecord GetCertificate(string certificateId)
    {
        ArgumentNullException.ThrowIfNull(certificateId);
        return Records.Store.Read(reader => reader.FindCertificate(certificateId)) is { } certificate && certificate.TraineeId == TraineeId
            ? certificate
            : throw new AccessDeniedException(Principal, $"read certificate '{certificateId}'", "it is not one of your certificates");
    }
}
