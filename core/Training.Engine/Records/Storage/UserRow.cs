using Training.Engine.Access;

namespace Training.Engine.Records.Storage;

/// <summary>Stored row: a user account with its password hash (never leaves the engine).</summary>
/// <param name="UserName">The user name, lower-cased.</param>
/// <param name="PasswordHash">The hash from ASP.NET Core's password hasher (algorithm, salt and iterations included).</param>
/// <param name="Role">The role.</param>
/// <param name="TraineeId">The trainee a trainee account acts as, or null.</param>
/// <param name="DisplayName">A name for people, or null.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="UpdatedAt">When its password last changed.</param>
/// <param name="SecurityStamp">A random value replaced when the password changes, so sign-in cookies issued before can be rejected.</param>
public sealed record UserRow(
    string UserName,
    string PasswordHash,
    Role Role,
    string? TraineeId,
    string? DisplayName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string SecurityStamp);
