using Training.Engine.Cohorts;
using Training.Engine.Records;
using Training.Engine.Records.Certificates;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Review;
using Training.Engine.Records.Trainees;
using Training.Engine.Reports.Cohorts;
using Training.Engine.Reports.Items;

namespace Training.Engine.Access;

/// <summary>
/// What a coordinator may do, over the cohorts they are assigned to (an admin's covers every cohort):
/// cohort reports, members' progress and certificates, item analysis over their members' attempts,
/// essays to grade and certificates due. The scope is checked and filtered by the engine: anything
/// outside it is refused with <see cref="AccessDeniedException"/> whether or not it exists.
/// </summary>
public sealed class CoordinatorWorkspace
{
    private readonly TrainingAccess _access;

    internal CoordinatorWorkspace(TrainingAccess access, Principal principal)
    {
        _access = access;
        Principal = principal;
    }

    /// <summary>Who the workspace acts for.</summary>
    public Principal Principal { get; }

    /// <summary>True for an admin, whose scope is every cohort.</summary>
    public bool SeesEveryCohort => Principal.Role == Role.Admin;

    private LearningRecords Records => _access.Records;

    private CohortService Cohorts => _access.Cohorts;

    /// <summary>The cohorts in scope, by id, with their member counts.</summary>
    /// <returns>The cohorts.</returns>
    public IReadOnlyList<Cohort> ListCohorts() => SeesEveryCohort
        ? Cohorts.List()
        : Records.Store.Read(reader => reader.ListCohortsCoordinatedBy(Principal.UserName));

    /// <summary>A cohort in scope.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="AccessDeniedException">Not in scope.</exception>
    public Cohort GetCohort(string cohortId) => Cohorts.Get(RequireCohort(cohortId, "see cohort"));

    /// <summary>The progress report of a cohort in scope (members included).</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="language">The language of module titles.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AccessDeniedException">Not in scope.</exception>
    public CohortReport Report(string cohortId, string language = "fr") => Cohorts.Report(RequireCohort(cohortId, "see the report of cohort"), language);

    /// <summary>A member of a cohort in scope (id, name, e-mail).</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The trainee.</returns>
    /// <exception cref="AccessDeniedException">Not a member of a cohort in scope.</exception>
    public Trainee GetTrainee(string traineeId) => Records.GetTrainee(RequireTrainee(traineeId, "see trainee"));

    /// <summary>The progress of a member of a cohort in scope.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="AccessDeniedException">Not a member of a cohort in scope.</exception>
    public TraineeProgress GetProgress(string traineeId) => Records.GetProgress(RequireTrainee(traineeId, "see the progress of trainee"));

    /// <summary>The certificates of a member of a cohort in scope.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="AccessDeniedException">Not a member of a cohort in scope.</exception>
    public IReadOnlyList<CertificateRecord> ListCertificates(string traineeId) => Records.ListCertificates(RequireTrainee(traineeId, "see the certificates of trainee"));

    /// <summary>
    /// Item analysis of a quiz (aggregate statistics only), over the first attempts of the members of
    /// the cohorts in scope for a coordinator, of every trainee for an admin.
    /// </summary>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <returns>The report.</returns>
    public ItemAnalysisReport AnalyzeItems(string moduleId, string quizId) =>
        Records.AnalyzeItems(moduleId, quizId, SeesEveryCohort ? null : Principal.UserName);

    /// <summary>Essay answers waiting for a grade, by members of the cohorts in scope, oldest first.</summary>
    /// <returns>The queue.</returns>
    public IReadOnlyList<PendingEssay> ListPendingEssays()
    {
        var all = Records.ListPendingEssays();
        if (SeesEveryCohort)
        {
            return all;
        }

        var members = MembersInScope();
        return all.Where(essay => members.Contains(essay.TraineeId)).ToList();
    }

    /// <summary>Grades an essay answer of a member of a cohort in scope.</summary>
    /// <param name="attemptId">The attempt.</param>
    /// <param name="questionId">The essay question.</param>
    /// <param name="score">The points given.</param>
    /// <param name="feedback">Feedback for the trainee, or null.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="AccessDeniedException">The attempt is not by a member of a cohort in scope (nothing is recorded).</exception>
    /// <exception cref="LearningRecordsException">As <see cref="LearningRecords.GradeEssay"/>.</exception>
    public EssayGradeResult GradeEssay(long attemptId, string questionId, double score, string? feedback = null)
    {
        if (!SeesEveryCohort)
        {
            var inScope = Records.Store.Read(reader =>
                reader.FindAttempt(attemptId) is { } attempt && reader.IsTraineeCoordinatedBy(attempt.TraineeId, Principal.UserName));
            if (!inScope)
            {
                throw new AccessDeniedException(Principal, $"grade attempt {attemptId}", "it is not by a member of a cohort you coordinate");
            }
        }

        return Records.GradeEssay(attemptId, questionId, score, feedback);
    }

    /// <summary>Certificates of members of the cohorts in scope that expire within (or expired no longer than) <paramref name="within"/>.</summary>
    /// <param name="within">How far ahead and back to look.</param>
    /// <returns>The certificates, soonest expiry first.</returns>
    public IReadOnlyList<CertificateDue> ListCertificatesDue(TimeSpan within)
    {
        var all = Records.ListCertificatesDue(within);
        if (SeesEveryCohort)
        {
            return all;
        }

        var members = MembersInScope();
        return all.Where(due => members.Contains(due.Certificate.TraineeId)).ToList();
    }

    private HashSet<string> MembersInScope() =>
        Records.Store.Read(reader => reader.ListTraineesCoordinatedBy(Principal.UserName)).ToHashSet(StringComparer.Ordinal);

    private string RequireCohort(string cohortId, string action)
    {
        var id = CohortInput.Id(cohortId);
        if (!SeesEveryCohort && !Records.Store.Read(reader => reader.IsCohortCoordinator(id, Principal.UserName)))
        {
            throw new AccessDeniedException(Principal, $"{action} '{id}'", "you are not assigned to it. An admin assigns coordinators ('training cohorts assign')");
        }

        return id;
    }

    private string RequireTrainee(string traineeId, string action)
    {
        var id = TraineeInput.Id(traineeId);
        if (!SeesEveryCohort && !Records.Store.Read(reader => reader.IsTraineeCoordinatedBy(id, Principal.UserName)))
        {
            throw new AccessDeniedException(Principal, $"{action} '{id}'", "they are not a member of a cohort you coordinate");
        }

        return id;
    }
}
