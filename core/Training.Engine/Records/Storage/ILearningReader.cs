using Training.Engine.Records.Certificates;
using Training.Engine.Records.Events;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records.Storage;

/// <summary>The queries a unit of work can make. Per-trainee queries must be served by an index on the trainee id.</summary>
public partial interface ILearningReader
{
    /// <summary>Finds a trainee by id.</summary>
    /// <param name="traineeId">The id.</param>
    /// <returns>The trainee, or null.</returns>
    Trainee? FindTrainee(string traineeId);

    /// <summary>Finds a trainee by e-mail, ignoring case.</summary>
    /// <param name="email">The e-mail.</param>
    /// <returns>The trainee, or null.</returns>
    Trainee? FindTraineeByEmail(string email);

    /// <summary>Every trainee, by id.</summary>
    /// <returns>The trainees.</returns>
    IReadOnlyList<Trainee> ListTrainees();

    /// <summary>A trainee's enrolments, in the order they were made.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The enrolments.</returns>
    IReadOnlyList<Enrolment> ListEnrolments(string traineeId);

    /// <summary>A trainee's completed lessons, all modules.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<LessonProgressRow> ListLessonProgress(string traineeId);

    /// <summary>A trainee's quiz attempts, all modules, oldest first.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<AttemptRow> ListAttempts(string traineeId);

    /// <summary>Finds an attempt.</summary>
    /// <param name="attemptId">The attempt id.</param>
    /// <returns>The attempt, or null.</returns>
    AttemptRow? FindAttempt(long attemptId);

    /// <summary>A trainee's module status rows.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<ModuleStatusRow> ListModuleStatuses(string traineeId);

    /// <summary>A trainee's track status rows.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<TrackStatusRow> ListTrackStatuses(string traineeId);

    /// <summary>Every lesson-progress row of a module, all trainees (upgrade reports).</summary>
    /// <param name="moduleId">The module.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<LessonProgressRow> ListLessonProgressForModule(string moduleId);

    /// <summary>Every attempt at a module's quizzes, all trainees (upgrade reports).</summary>
    /// <param name="moduleId">The module.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<AttemptRow> ListAttemptsForModule(string moduleId);

    /// <summary>Every module status row of a module, all trainees.</summary>
    /// <param name="moduleId">The module.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<ModuleStatusRow> ListModuleStatusesForModule(string moduleId);

    /// <summary>Every track status row of a track, all trainees.</summary>
    /// <param name="trackId">The track.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<TrackStatusRow> ListTrackStatusesForTrack(string trackId);

    /// <summary>A trainee's certificates, oldest first.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The certificates.</returns>
    IReadOnlyList<CertificateRecord> ListCertificates(string traineeId);

    /// <summary>Finds a certificate.</summary>
    /// <param name="certificateId">The id.</param>
    /// <returns>The certificate, or null.</returns>
    CertificateRecord? FindCertificate(string certificateId);

    /// <summary>Certificates expiring in <c>[from, to)</c>, soonest first.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <returns>The certificates.</returns>
    IReadOnlyList<CertificateRecord> ListCertificatesExpiring(DateTimeOffset from, DateTimeOffset to);

    /// <summary>Events in order, for one trainee or all.</summary>
    /// <param name="traineeId">The trainee, or null for every event.</param>
    /// <returns>The events.</returns>
    IReadOnlyList<LearningEvent> ListEvents(string? traineeId);

    /// <summary>How many events are recorded.</summary>
    /// <returns>The count.</returns>
    long CountEvents();

    /// <summary>The per-question results of a submitted attempt.</summary>
    /// <param name="attemptId">The attempt.</param>
    /// <returns>The row, or null (not submitted, or submitted before results were kept).</returns>
    AttemptResultsRow? FindAttemptResults(long attemptId);

    /// <summary>
    /// Streams the results of each trainee's first submitted attempt at a quiz, skipping trainees whose
    /// first attempt still has an essay pending; any order. Must not materialise every row: item
    /// analysis runs over hundreds of thousands of attempts.
    /// </summary>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <param name="handler">Called once per attempt.</param>
    /// <returns>How many trainees' first attempts were skipped because an essay is pending.</returns>
    int ScanFirstAttemptResults(string moduleId, string quizId, AttemptResultsHandler handler);

    /// <summary>Finds an essay answer kept for review.</summary>
    /// <param name="attemptId">The attempt.</param>
    /// <param name="questionId">The question.</param>
    /// <returns>The row, or null.</returns>
    EssayAnswerRow? FindEssayAnswer(long attemptId, string questionId);

    /// <summary>Essay answers not graded yet, oldest submission first.</summary>
    /// <returns>The rows.</returns>
    IReadOnlyList<EssayAnswerRow> ListPendingEssays();
}
