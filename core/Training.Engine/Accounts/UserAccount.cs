using System.Text.Json.Serialization;
using Training.Engine.Access;

namespace Training.Engine.Accounts;

/// <summary>
/// A user account as callers see it: never its password hash. Serialized as
/// <c>{ "userName", "role", "trainee", "displayName", "createdAt", "updatedAt" }</c>.
/// </summary>
/// <param name="UserName">The user name, lower-cased.</param>
/// <param name="Role">The role.</param>
/// <param name="TraineeId">The trainee a trainee account acts as; null for other roles.</param>
/// <param name="DisplayName">A name for people, or null.</param>
/// <param name="CreatedAt">When the account was created.</param>
public sealed record UserAccount(
    [property: JsonPropertyName("userName")] string UserName,
    [property: JsonPropertyName("role")] Role Role,
    [property: JsonPropertyName("trainee")] string? TraineeId,
    [property: JsonPropertyName("displayName")] string? DisplayName,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt)
{
    /// <summary>When the password last changed (the creation time until then).</summary>
    [JsonPropertyName("updatedAt")]
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// A random value replaced whenever the password changes. A host keeps it in its sign-in cookie
    /// and rejects cookies whose stamp no longer matches, so changing a password signs out other sessions.
    /// </summary>
    [JsonIgnore]
    public string SecurityStamp { get; init; } = string.Empty;

    /// <summary>The principal operations run for when this account is signed in.</summary>
    /// <returns>The principal.</returns>
    public Principal ToPrincipal() => new(UserName, Role, TraineeId);
}
