namespace Training.Web.Security;

/// <summary>The claim types of a signed-in account beyond the name and role.</summary>
internal static class TrainingClaims
{
    /// <summary>The trainee id a trainee account acts as.</summary>
    public const string TraineeId = "training:trainee";

    /// <summary>The name to greet the user with.</summary>
    public const string DisplayName = "training:display-name";

    /// <summary>The account's security stamp when the cookie was issued: a password change invalidates the cookie.</summary>
    public const string SecurityStamp = "training:stamp";

    /// <summary>When the cookie was last checked against the account (Unix seconds).</summary>
    public const string ValidatedAt = "training:validated";
}
