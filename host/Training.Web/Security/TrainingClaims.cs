namespace Training.Web.Security;

/// <summary>The claim types of a signed-in account beyond the name and role.</summary>
internal static class TrainingClaims
{
    /// <summary>The trainee id a trainee account acts as.</summary>
    public const string TraineeId = "training:trainee";

    /// <summary>The name to greet the user with.</summary>
    public const string DisplayName = "training:display-name";
}
