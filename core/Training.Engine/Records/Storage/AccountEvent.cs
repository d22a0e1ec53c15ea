namespace Training.Engine.Records.Storage;

/// <summary>
/// One change to the accounts, as appended to their own log (learning events always belong to a
/// trainee; accounts need not). Never holds a password or a hash.
/// </summary>
/// <param name="Id">The sequence number, assigned by the store (0 before it is appended).</param>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened, one of <see cref="AccountEventKinds"/>.</param>
/// <param name="UserName">The account concerned.</param>
/// <param name="Actor">Who made the change (a user name, or <c>local-operator</c>), or null.</param>
/// <param name="Data">Details as a JSON object (role, trainee, cohort), or null.</param>
public sealed record AccountEvent(long Id, DateTimeOffset At, string Kind, string UserName, string? Actor, string? Data);
