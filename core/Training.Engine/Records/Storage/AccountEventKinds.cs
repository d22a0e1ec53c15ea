namespace Training.Engine.Records.Storage;

/// <summary>The kinds of <see cref="AccountEvent"/>.</summary>
public static class AccountEventKinds
{
    /// <summary>An account was created (data = role, trainee, display name).</summary>
    public const string UserAdded = "user-added";

    /// <summary>An account's password was changed by a person (not an automatic rehash).</summary>
    public const string PasswordChanged = "password-changed";

    /// <summary>An account was removed, with its cohort assignments (data = role, trainee); the trainee's records stay.</summary>
    public const string UserRemoved = "user-removed";

    /// <summary>A coordinator was assigned to a cohort (data = cohort).</summary>
    public const string CoordinatorAssigned = "coordinator-assigned";

    /// <summary>A coordinator was removed from a cohort (data = cohort).</summary>
    public const string CoordinatorUnassigned = "coordinator-unassigned";
}
