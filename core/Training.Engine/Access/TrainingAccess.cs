using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Records;

namespace Training.Engine.Access;

/// <summary>
/// The access boundary of the engine: every operation a host runs for a person goes through the
/// workspace of that person's <see cref="Principal"/>, which checks role and scope in the engine (not
/// only in the host). One per data folder and app; thread-safe; the workspaces are cheap to create per
/// request. docs/access.md lists what each role may do.
/// </summary>
public sealed class TrainingAccess
{
    /// <summary>Creates the access boundary.</summary>
    /// <param name="records">The learning records.</param>
    /// <param name="cohorts">The cohorts over the same records.</param>
    /// <param name="accounts">The accounts over the same store.</param>
    /// <param name="modules">Where admins install module packages, or null when this host does not install modules.</param>
    /// <exception cref="ArgumentException">The accounts use another store than the records.</exception>
    public TrainingAccess(LearningRecords records, CohortService cohorts, UserAccounts accounts, ModuleInstallTarget? modules = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(accounts);
        if (!ReferenceEquals(records.Store, accounts.Store))
        {
            throw new ArgumentException("The accounts and the learning records must use the same store: cohort scopes join both.", nameof(accounts));
        }

        Records = records;
        Cohorts = cohorts;
        Accounts = accounts;
        Modules = modules;
    }

    internal LearningRecords Records { get; }

    internal CohortService Cohorts { get; }

    internal UserAccounts Accounts { get; }

    internal ModuleInstallTarget? Modules { get; }

    /// <summary>The workspace of a trainee: their own records only.</summary>
    /// <param name="principal">A <see cref="Role.Trainee"/> principal with a trainee id.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="AccessDeniedException">Another role, or no trainee id.</exception>
    public TraineeWorkspace ForTrainee(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Role != Role.Trainee)
        {
            throw new AccessDeniedException(principal, "use a trainee's workspace", "it is for trainee accounts only");
        }

        if (string.IsNullOrWhiteSpace(principal.TraineeId))
        {
            throw new AccessDeniedException(principal, "use a trainee's workspace", "the account is not linked to a trainee");
        }

        return new TraineeWorkspace(this, principal);
    }

    /// <summary>The workspace of a coordinator (the cohorts they are assigned to) or of an admin (every cohort).</summary>
    /// <param name="principal">A <see cref="Role.Coordinator"/> or <see cref="Role.Admin"/> principal.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="AccessDeniedException">A trainee.</exception>
    public CoordinatorWorkspace ForCoordinator(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Role switch
        {
            Role.Coordinator or Role.Admin => new CoordinatorWorkspace(this, principal),
            _ => throw new AccessDeniedException(principal, "use a coordinator's workspace", "it is for coordinator and admin accounts only"),
        };
    }

    /// <summary>The workspace of an admin: accounts, cohorts, modules, and every cohort's data.</summary>
    /// <param name="principal">A <see cref="Role.Admin"/> principal (such as <see cref="Principal.LocalOperator"/>).</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="AccessDeniedException">Another role.</exception>
    public AdminWorkspace ForAdmin(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Role == Role.Admin
            ? new AdminWorkspace(this, principal)
            : throw new AccessDeniedException(principal, "use the admin workspace", "it is for admin accounts only");
    }
}
