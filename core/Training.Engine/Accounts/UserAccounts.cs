using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Training.Engine.Access;
using Training.Engine.Cohorts;
using Training.Engine.Records;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Accounts;

/// <summary>
/// User accounts (table <c>users</c>) over the learning-records store: passwords hashed with ASP.NET
/// Core's <see cref="PasswordHasher{TUser}"/> (salted PBKDF2, format and iterations in the hash, so old
/// hashes are upgraded on the next sign-in), roles mapped to <see cref="Principal"/>s, and the cohorts
/// coordinators are assigned to. Every change appends an account event (never a password or a hash).
/// Refusals throw <see cref="LearningRecordsException"/> and change nothing. Thread-safe.
/// </summary>
public sealed class UserAccounts
{
    private readonly TimeProvider _time;
    private readonly PasswordHasher<UserAccount> _hasher;
    private readonly Lazy<string> _dummyHash;

    /// <summary>Creates the accounts over a store, with the hasher's default (current) format.</summary>
    /// <param name="store">The learning-records store (schema 4 or later).</param>
    /// <param name="time">The clock.</param>
    public UserAccounts(ILearningStore store, TimeProvider time)
        : this(store, time, null)
    {
    }

    /// <summary>Creates the accounts over a store with explicit hasher options (tests; older formats).</summary>
    /// <param name="store">The learning-records store (schema 4 or later).</param>
    /// <param name="time">The clock.</param>
    /// <param name="hasherOptions">The password hasher's options, or null for the defaults.</param>
    public UserAccounts(ILearningStore store, TimeProvider time, PasswordHasherOptions? hasherOptions)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        Store = store;
        _time = time;
        _hasher = new PasswordHasher<UserAccount>(hasherOptions is null ? null : Options.Create(hasherOptions));

        // Unknown users are checked against this hash so that an unknown name and a wrong password
        // cost the same time: response times do not reveal which user names exist.
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(DummyUser, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    internal ILearningStore Store { get; }

    private static UserAccount DummyUser { get; } = new("dummy", Role.Trainee, null, null, DateTimeOffset.UnixEpoch);

    /// <summary>
    /// Creates an account. A trainee account acts as an existing trainee (one account per trainee);
    /// coordinator and admin accounts act as nobody.
    /// </summary>
    /// <param name="userName">2 to 64 letters, digits, <c>.</c>, <c>_</c> or <c>-</c>; any case, stored lower-cased; unique ignoring case.</param>
    /// <param name="password">At least 10 characters.</param>
    /// <param name="role">The role.</param>
    /// <param name="traineeId">The trainee a trainee account acts as (required for <see cref="Role.Trainee"/>, refused otherwise).</param>
    /// <param name="displayName">A name for people, or null.</param>
    /// <returns>The account.</returns>
    /// <exception cref="LearningRecordsException">Invalid input (Invalid), unknown trainee (NotFound), name or trainee taken (Conflict).</exception>
    public UserAccount Add(string userName, string password, Role role, string? traineeId = null, string? displayName = null) =>
        Add(userName, password, role, traineeId, displayName, actor: null);

    internal UserAccount Add(string userName, string password, Role role, string? traineeId, string? displayName, string? actor)
    {
        var name = AccountInput.UserName(userName);
        AccountInput.Password(password);
        AccountInput.Role(role);
        var display = AccountInput.DisplayName(displayName);
        string? trainee = null;
        if (role == Role.Trainee)
        {
            trainee = traineeId is null
                ? throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, $"A trainee account acts as a trainee: give the trainee's id (add the trainee first with 'training trainees add').")
                : TraineeInput.Id(traineeId);
        }
        else if (traineeId is not null)
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, $"Only trainee accounts act as a trainee; a {RoleName(role)} account takes no trainee id.");
        }

        var now = _time.GetUtcNow();
        var account = new UserAccount(name, role, trainee, display, now) { UpdatedAt = now, SecurityStamp = NewStamp() };

        // Hashing is deliberately slow: done before the write transaction, which the store may retry.
        var hash = _hasher.HashPassword(account, password);
        return Store.Write(writer =>
        {
            if (writer.FindUser(name) is { } existing)
            {
                throw new LearningRecordsException(LearningRecordsErrorKind.Conflict, $"The user name '{existing.UserName}' is taken (user names ignore case). Choose another one.");
            }

            if (trainee is not null)
            {
                if (writer.FindTrainee(trainee) is null)
                {
                    throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no trainee '{trainee}'. Add the trainee first ('training trainees add'), then their account.");
                }

                if (writer.FindUserByTrainee(trainee) is { } other)
                {
                    throw new LearningRecordsException(LearningRecordsErrorKind.Conflict, $"Trainee '{trainee}' already has the account '{other.UserName}'; a trainee has one account.");
                }
            }

            writer.InsertUser(new UserRow(name, hash, role, trainee, display, now, now, account.SecurityStamp));
            writer.AppendAccountEvent(new AccountEvent(0, now, AccountEventKinds.UserAdded, name, actor, Json(new { role = RoleName(role), trainee, displayName = display })));
            return account;
        });
    }

    /// <summary>
    /// Checks a user name and password. Unknown users and wrong passwords both give null, after the
    /// same amount of hashing work. When the stored hash uses an older format or fewer iterations, it is
    /// replaced by a current one (the security stamp is kept: the password did not change).
    /// </summary>
    /// <param name="userName">The user name (any case).</param>
    /// <param name="password">The password.</param>
    /// <returns>The principal, or null.</returns>
    public Principal? SignIn(string userName, string password)
    {
        if (string.IsNullOrEmpty(password) || !AccountInput.TryUserName(userName, out var name)
            || Store.Read(reader => reader.FindUser(name)) is not { } row)
        {
            Verify(DummyUser, _dummyHash.Value, password ?? string.Empty);
            return null;
        }

        var account = ToAccount(row);
        var result = Verify(account, row.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = _hasher.HashPassword(account, password);
            Store.Write(writer =>
            {
                // Only if nobody changed the password meanwhile.
                if (writer.FindUser(name) is { } current && current.PasswordHash == row.PasswordHash)
                {
                    writer.UpdateUserPassword(name, rehashed, current.SecurityStamp, current.UpdatedAt);
                }

                return 0;
            });
        }

        return account.ToPrincipal();
    }

    /// <summary>Whether any account exists (a host explains how to create the first admin when none does).</summary>
    /// <returns>True when at least one account exists.</returns>
    public bool Any() => Store.Read(reader => reader.AnyUser());

    /// <summary>Finds an account.</summary>
    /// <param name="userName">The user name (any case).</param>
    /// <returns>The account.</returns>
    /// <exception cref="LearningRecordsException">Invalid name, or no such account (NotFound).</exception>
    public UserAccount Get(string userName)
    {
        var name = AccountInput.UserName(userName);
        return Store.Read(reader => reader.FindUser(name)) is { } row
            ? ToAccount(row)
            : throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no user '{name}'. Check the name with 'training users list'.");
    }

    /// <summary>Finds an account, or null (cookie validation: the account may have been removed).</summary>
    /// <param name="userName">The user name (any case).</param>
    /// <returns>The account, or null for an unknown or invalid name.</returns>
    public UserAccount? Find(string userName) =>
        AccountInput.TryUserName(userName, out var name) && Store.Read(reader => reader.FindUser(name)) is { } row ? ToAccount(row) : null;

    /// <summary>Every account, by user name.</summary>
    /// <returns>The accounts.</returns>
    public IReadOnlyList<UserAccount> List() => Store.Read(reader => reader.ListUsers()).Select(ToAccount).ToList();

    /// <summary>Sets a new password and a new security stamp (sessions signed in before are invalidated).</summary>
    /// <param name="userName">The user name (any case).</param>
    /// <param name="password">At least 10 characters.</param>
    /// <exception cref="LearningRecordsException">Invalid name or password (Invalid), no such account (NotFound).</exception>
    public void SetPassword(string userName, string password) => SetPassword(userName, password, actor: null);

    internal void SetPassword(string userName, string password, string? actor)
    {
        var name = AccountInput.UserName(userName);
        AccountInput.Password(password);
        var existing = Get(name);
        var hash = _hasher.HashPassword(existing, password);
        Store.Write(writer =>
        {
            if (writer.FindUser(name) is null)
            {
                throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no user '{name}'. Check the name with 'training users list'.");
            }

            var now = _time.GetUtcNow();
            writer.UpdateUserPassword(name, hash, NewStamp(), now);
            writer.AppendAccountEvent(new AccountEvent(0, now, AccountEventKinds.PasswordChanged, name, actor, null));
            return 0;
        });
    }

    /// <summary>
    /// Removes an account (someone who left): it can no longer sign in, its open sessions end at their
    /// next check, and its cohort assignments go. A trainee account's learning records stay with the
    /// trainee. The last admin account cannot be removed.
    /// </summary>
    /// <param name="userName">The user name (any case).</param>
    /// <exception cref="LearningRecordsException">Invalid name (Invalid), no such account (NotFound), the last admin (Refused).</exception>
    public void Remove(string userName) => Remove(userName, actor: null);

    internal void Remove(string userName, string? actor)
    {
        var name = AccountInput.UserName(userName);
        Store.Write(writer =>
        {
            var user = writer.FindUser(name)
                ?? throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no user '{name}'. Check the name with 'training users list'.");
            if (user.Role == Role.Admin && writer.ListUsers().Count(u => u.Role == Role.Admin) == 1)
            {
                throw new LearningRecordsException(
                    LearningRecordsErrorKind.Refused,
                    $"'{user.UserName}' is the last admin account: add another admin first ('training users add NAME --role admin'), then remove this one.");
            }

            writer.DeleteUser(user.UserName);
            writer.AppendAccountEvent(new AccountEvent(
                0, _time.GetUtcNow(), AccountEventKinds.UserRemoved, user.UserName, actor, Json(new { role = RoleName(user.Role), trainee = user.TraineeId })));
            return 0;
        });
    }

    /// <summary>Assigns a coordinator to a cohort: they then see its report, members, essays and certificates due.</summary>
    /// <param name="cohortId">The cohort (any case).</param>
    /// <param name="userName">A coordinator account.</param>
    /// <returns>True when assigned now; false when already assigned (nothing recorded).</returns>
    /// <exception cref="LearningRecordsException">Invalid ids (Invalid); unknown cohort or user (NotFound); not a coordinator account (Refused).</exception>
    public bool AssignCoordinator(string cohortId, string userName) => AssignCoordinator(cohortId, userName, actor: null);

    internal bool AssignCoordinator(string cohortId, string userName, string? actor)
    {
        var cohort = CohortInput.Id(cohortId);
        var name = AccountInput.UserName(userName);
        return Store.Write(writer =>
        {
            var user = RequireCoordinator(writer, cohort, name);
            if (writer.IsCohortCoordinator(cohort, user.UserName))
            {
                return false;
            }

            var now = _time.GetUtcNow();
            writer.InsertCohortCoordinator(cohort, user.UserName, now);
            writer.AppendAccountEvent(new AccountEvent(0, now, AccountEventKinds.CoordinatorAssigned, user.UserName, actor, Json(new { cohort })));
            return true;
        });
    }

    /// <summary>Removes a coordinator from a cohort.</summary>
    /// <param name="cohortId">The cohort (any case).</param>
    /// <param name="userName">The coordinator.</param>
    /// <returns>True when removed; false when they were not assigned.</returns>
    /// <exception cref="LearningRecordsException">Invalid ids (Invalid).</exception>
    public bool UnassignCoordinator(string cohortId, string userName) => UnassignCoordinator(cohortId, userName, actor: null);

    internal bool UnassignCoordinator(string cohortId, string userName, string? actor)
    {
        var cohort = CohortInput.Id(cohortId);
        var name = AccountInput.UserName(userName);
        return Store.Write(writer =>
        {
            if (!writer.IsCohortCoordinator(cohort, name))
            {
                return false;
            }

            writer.DeleteCohortCoordinator(cohort, name);
            writer.AppendAccountEvent(new AccountEvent(0, _time.GetUtcNow(), AccountEventKinds.CoordinatorUnassigned, name, actor, Json(new { cohort })));
            return true;
        });
    }

    /// <summary>The user names of a cohort's coordinators, sorted.</summary>
    /// <param name="cohortId">The cohort (any case).</param>
    /// <returns>The user names.</returns>
    public IReadOnlyList<string> ListCoordinators(string cohortId)
    {
        var cohort = CohortInput.Id(cohortId);
        return Store.Read(reader => reader.ListCohortCoordinators(cohort));
    }

    /// <summary>The account events, oldest first (audit), for one user or all.</summary>
    /// <param name="userName">The user, or null for all.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<AccountEvent> ListEvents(string? userName = null)
    {
        var name = userName is null ? null : AccountInput.UserName(userName);
        return Store.Read(reader => reader.ListAccountEvents(name));
    }

    internal static string RoleName(Role role) => role.ToString().ToLowerInvariant();

    private static UserRow RequireCoordinator(ILearningReader reader, string cohortId, string userName)
    {
        if (reader.FindCohort(cohortId) is null)
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no cohort '{cohortId}'. Create it first (cohorts create), or check the id with the cohort list.");
        }

        var user = reader.FindUser(userName)
            ?? throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no user '{userName}'. Add the account first ('training users add {userName} --role coordinator').");
        return user.Role == Role.Coordinator
            ? user
            : throw new LearningRecordsException(
                LearningRecordsErrorKind.Refused,
                $"User '{user.UserName}' is a {RoleName(user.Role)} account; only coordinator accounts are assigned to cohorts{(user.Role == Role.Admin ? " (admins already see every cohort)" : string.Empty)}.");
    }

    private PasswordVerificationResult Verify(UserAccount account, string hash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(account, hash, password);
        }
        catch (FormatException)
        {
            // A damaged hash never signs anybody in.
            return PasswordVerificationResult.Failed;
        }
    }

    private static UserAccount ToAccount(UserRow row) =>
        new(row.UserName, row.Role, row.TraineeId, row.DisplayName, row.CreatedAt) { UpdatedAt = row.UpdatedAt, SecurityStamp = row.SecurityStamp };

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string Json(object data) => JsonSerializer.Serialize(data);
}
