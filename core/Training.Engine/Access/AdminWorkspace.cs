using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Packaging;
using Training.Engine.Records;
using Training.Engine.Records.Certificates;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Review;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;
using Training.Engine.Reports.Cohorts;
using Training.Engine.Reports.Items;

namespace Training.Engine.Access;

/// <summary>
/// What an admin may do: everything a coordinator may, over every cohort (also through
/// <see cref="Coordination"/>), plus accounts, trainees, cohorts and modules. Changes made here are
/// recorded with the admin's user name as their actor.
/// </summary>
public sealed class AdminWorkspace
{
    private readonly TrainingAccess _access;

    internal AdminWorkspace(TrainingAccess access, Principal principal)
    {
        _access = access;
        Principal = principal;
        Coordination = new CoordinatorWorkspace(access, principal);
    }

    /// <summary>Who the workspace acts for.</summary>
    public Principal Principal { get; }

    /// <summary>The coordinator operations, over every cohort.</summary>
    public CoordinatorWorkspace Coordination { get; }

    private UserAccounts Accounts => _access.Accounts;

    private LearningRecords Records => _access.Records;

    // ----- accounts -----

    /// <summary>Creates an account (see <see cref="UserAccounts.Add(string, string, Role, string?, string?)"/>).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password (at least 10 characters).</param>
    /// <param name="role">The role.</param>
    /// <param name="traineeId">The trainee a trainee account acts as.</param>
    /// <param name="displayName">A name for people, or null.</param>
    /// <returns>The account.</returns>
    public UserAccount AddUser(string userName, string password, Role role, string? traineeId = null, string? displayName = null) =>
        Accounts.Add(userName, password, role, traineeId, displayName, Principal.UserName);

    /// <summary>Every account, by user name.</summary>
    /// <returns>The accounts.</returns>
    public IReadOnlyList<UserAccount> ListUsers() => Accounts.List();

    /// <summary>One account.</summary>
    /// <param name="userName">The user name.</param>
    /// <returns>The account.</returns>
    public UserAccount GetUser(string userName) => Accounts.Get(userName);

    /// <summary>Sets an account's password (other sessions of that account are invalidated).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The new password.</param>
    public void SetPassword(string userName, string password) => Accounts.SetPassword(userName, password, Principal.UserName);

    /// <summary>
    /// Removes an account (see <see cref="UserAccounts.Remove(string)"/>). Not the admin's own: that
    /// would lock them out in the middle of what they are doing; another admin, or the server's
    /// operator (<c>training users remove</c>), removes it.
    /// </summary>
    /// <param name="userName">The user name.</param>
    /// <exception cref="LearningRecordsException">The admin's own account, the last admin (Refused); no such account (NotFound).</exception>
    public void RemoveUser(string userName)
    {
        if (string.Equals(AccountInput.UserName(userName), Principal.UserName, StringComparison.Ordinal))
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Refused,
                "You cannot remove the account you are signed in with. Another admin can, or run 'training users remove' on the server.");
        }

        Accounts.Remove(userName, Principal.UserName);
    }

    /// <summary>Assigns a coordinator account to a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="userName">The coordinator.</param>
    /// <returns>True when assigned now; false when already assigned.</returns>
    public bool AssignCoordinator(string cohortId, string userName) => Accounts.AssignCoordinator(cohortId, userName, Principal.UserName);

    /// <summary>Removes a coordinator from a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="userName">The coordinator.</param>
    /// <returns>True when removed; false when not assigned.</returns>
    public bool UnassignCoordinator(string cohortId, string userName) => Accounts.UnassignCoordinator(cohortId, userName, Principal.UserName);

    /// <summary>A cohort's coordinators.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <returns>Their user names.</returns>
    public IReadOnlyList<string> ListCoordinators(string cohortId) => Accounts.ListCoordinators(cohortId);

    /// <summary>The account events (audit), for one user or all.</summary>
    /// <param name="userName">The user, or null.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<AccountEvent> ListAccountEvents(string? userName = null) => Accounts.ListEvents(userName);

    // ----- trainees and cohorts -----

    /// <summary>Registers a trainee.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name on certificates.</param>
    /// <param name="email">The e-mail, or null.</param>
    /// <returns>The trainee.</returns>
    public Trainee AddTrainee(string id, string name, string? email = null) => Records.AddTrainee(id, name, email);

    /// <summary>Every trainee.</summary>
    /// <returns>The trainees.</returns>
    public IReadOnlyList<Trainee> ListTrainees() => Records.ListTrainees();

    /// <summary>Enrols a trainee in a track.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="trackId">The track.</param>
    /// <returns>What it led to.</returns>
    public ActionOutcome Enroll(string traineeId, string trackId) => Records.Enroll(traineeId, trackId);

    /// <summary>Creates a cohort.</summary>
    /// <param name="id">The id.</param>
    /// <param name="trackId">The track.</param>
    /// <param name="title">A title, or null.</param>
    /// <param name="deadline">The deadline as <c>YYYY-MM-DD</c>, or null.</param>
    /// <returns>The cohort.</returns>
    public Cohort CreateCohort(string id, string trackId, string? title = null, string? deadline = null) => _access.Cohorts.Create(id, trackId, title, deadline);

    /// <summary>Adds existing trainees to a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="traineeIds">The trainees.</param>
    /// <returns>What changed.</returns>
    public CohortChange AddToCohort(string cohortId, IEnumerable<string> traineeIds) => _access.Cohorts.Add(cohortId, traineeIds);

    /// <summary>Imports a roster file into a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="roster">The file's text.</param>
    /// <param name="fileName">Its name, for messages.</param>
    /// <returns>What changed.</returns>
    public CohortChange ImportRoster(string cohortId, TextReader roster, string fileName = "the roster") => _access.Cohorts.Import(cohortId, roster, fileName);

    // ----- modules -----

    /// <summary>Installs (or checks, with <paramref name="dryRun"/>) a module package, with the same checks as <c>training modules install</c>.</summary>
    /// <param name="packagePath">The package file.</param>
    /// <param name="force">Replace the same or a newer version.</param>
    /// <param name="dryRun">Check only.</param>
    /// <returns>The outcome. The host reloads its module catalog after a successful install.</returns>
    /// <exception cref="InvalidOperationException">The host gave no <see cref="ModuleInstallTarget"/>.</exception>
    public PackageInstallResult InstallModule(string packagePath, bool force = false, bool dryRun = false)
    {
        var target = _access.Modules ?? throw new InvalidOperationException("This host does not install modules: it created TrainingAccess without a ModuleInstallTarget.");
        return target.Installer.Install(packagePath, target.ModulesDirectory, force, dryRun);
    }

    /// <summary>Applies the installed version's breaking upgrade: completions of the module start over.</summary>
    /// <param name="moduleId">The module.</param>
    /// <returns>How many trainees' completions were reset.</returns>
    public int ApplyBreakingUpgrade(string moduleId) => Records.ApplyBreakingUpgrade(moduleId);

    // ----- coordinator operations, every cohort -----

    /// <inheritdoc cref="CoordinatorWorkspace.ListCohorts"/>
    public IReadOnlyList<Cohort> ListCohorts() => Coordination.ListCohorts();

    /// <inheritdoc cref="CoordinatorWorkspace.Report"/>
    public CohortReport Report(string cohortId, string language = "fr") => Coordination.Report(cohortId, language);

    /// <inheritdoc cref="CoordinatorWorkspace.GetProgress"/>
    public TraineeProgress GetProgress(string traineeId) => Coordination.GetProgress(traineeId);

    /// <inheritdoc cref="CoordinatorWorkspace.AnalyzeItems"/>
    public ItemAnalysisReport AnalyzeItems(string moduleId, string quizId) => Coordination.AnalyzeItems(moduleId, quizId);

    /// <inheritdoc cref="CoordinatorWorkspace.ListPendingEssays"/>
    public IReadOnlyList<PendingEssay> ListPendingEssays() => Coordination.ListPendingEssays();

    /// <inheritdoc cref="CoordinatorWorkspace.GradeEssay"/>
    public EssayGradeResult GradeEssay(long attemptId, string questionId, double score, string? feedback = null) => Coordination.GradeEssay(attemptId, questionId, score, feedback);

    /// <inheritdoc cref="CoordinatorWorkspace.ListCertificatesDue"/>
    public IReadOnlyList<CertificateDue> ListCertificatesDue(TimeSpan within) => Coordination.ListCertificatesDue(within);
}
