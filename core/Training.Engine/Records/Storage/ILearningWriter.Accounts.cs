namespace Training.Engine.Records.Storage;

/// <content>User accounts and cohort coordinators.</content>
public partial interface ILearningWriter
{
    /// <summary>Inserts an account.</summary>
    /// <param name="row">The row.</param>
    void InsertUser(UserRow row);

    /// <summary>Replaces an account's password hash and security stamp.</summary>
    /// <param name="userName">The user.</param>
    /// <param name="passwordHash">The new hash.</param>
    /// <param name="securityStamp">The new stamp (the old one for an automatic rehash).</param>
    /// <param name="at">When.</param>
    void UpdateUserPassword(string userName, string passwordHash, string securityStamp, DateTimeOffset at);

    /// <summary>Deletes an account and its cohort assignments (account events stay).</summary>
    /// <param name="userName">The user.</param>
    void DeleteUser(string userName);

    /// <summary>Assigns a coordinator to a cohort (the caller checked it is not assigned yet).</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="userName">The coordinator.</param>
    /// <param name="at">When.</param>
    void InsertCohortCoordinator(string cohortId, string userName, DateTimeOffset at);

    /// <summary>Removes a coordinator from a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="userName">The coordinator.</param>
    void DeleteCohortCoordinator(string cohortId, string userName);

    /// <summary>Appends an account event.</summary>
    /// <param name="accountEvent">The event; its id is ignored.</param>
    /// <returns>The id the store assigned.</returns>
    long AppendAccountEvent(AccountEvent accountEvent);
}
