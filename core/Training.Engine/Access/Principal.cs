namespace Training.Engine.Access;

/// <summary>Who an operation runs for. Trainee principals carry the trainee id they act as.</summary>
/// <param name="UserName">The account's user name (lower-cased), or <c>local-operator</c>.</param>
/// <param name="Role">The role.</param>
/// <param name="TraineeId">The trainee a trainee principal acts as; null otherwise.</param>
public sealed record Principal(string UserName, Role Role, string? TraineeId = null)
{
    /// <summary>The user name of <see cref="LocalOperator"/>; no account may take it.</summary>
    public const string LocalOperatorName = "local-operator";

    /// <summary>The local operator of the command line (who has file-system access to the data folder anyway): an admin.</summary>
    public static Principal LocalOperator { get; } = new(LocalOperatorName, Role.Admin);

    /// <summary>A short description for messages: <c>user 'jane' (trainee)</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe() => $"user '{UserName}' ({Role.ToString().ToLowerInvariant()})";
}
