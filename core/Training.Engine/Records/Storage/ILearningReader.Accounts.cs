using Training.Engine.Cohorts;

namespace Training.Engine.Records.Storage;

/// <content>User accounts and the cohorts coordinators are assigned to.</content>
public partial interface ILearningReader
{
    /// <summary>Finds an account, ignoring case.</summary>
    /// <param name="userName">The user name.</param>
    /// <returns>The row, or null.</returns>
    UserRow? FindUser(string userName);

    /// <summary>Finds the account that acts as a trainee.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The row, or null.</returns>
    UserRow? FindUserByTrainee(string traineeId);

    /// <summary>Every account, by user name.</summary>
    /// <returns>The rows.</returns>
    IReadOnlyList<UserRow> ListUsers();

    /// <summary>Whether any account exists.</summary>
    /// <returns>True when at least one does.</returns>
    bool AnyUser();

    /// <summary>The user names of a cohort's coordinators, sorted.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <returns>The user names.</returns>
    IReadOnlyList<string> ListCohortCoordinators(string cohortId);

    /// <summary>The cohorts a user coordinates, by id, with their member counts.</summary>
    /// <param name="userName">The coordinator.</param>
    /// <returns>The cohorts.</returns>
    IReadOnlyList<Cohort> ListCohortsCoordinatedBy(string userName);

    /// <summary>Whether a user is assigned to a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="userName">The user.</param>
    /// <returns>True when assigned.</returns>
    bool IsCohortCoordinator(string cohortId, string userName);

    /// <summary>Whether a trainee is a member of at least one cohort the user coordinates.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="userName">The coordinator.</param>
    /// <returns>True when in scope.</returns>
    bool IsTraineeCoordinatedBy(string traineeId, string userName);

    /// <summary>The members of every cohort the user coordinates, sorted, without duplicates.</summary>
    /// <param name="userName">The coordinator.</param>
    /// <returns>The trainee ids.</returns>
    IReadOnlyList<string> ListTraineesCoordinatedBy(string userName);

    /// <summary>
    /// As <see cref="ScanFirstAttemptResults"/>, restricted to the members of the cohorts a user
    /// coordinates (filtered by the store, before each trainee's first attempt is chosen).
    /// </summary>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <param name="userName">The coordinator.</param>
    /// <param name="handler">Called once per attempt.</param>
    /// <returns>How many of those trainees' first attempts were skipped because an essay is pending.</returns>
    int ScanFirstAttemptResultsCoordinatedBy(string moduleId, string quizId, string userName, AttemptResultsHandler handler);

    /// <summary>The account events, oldest first, for one user or all.</summary>
    /// <param name="userName">The user, or null for every event.</param>
    /// <returns>The events.</returns>
    IReadOnlyList<AccountEvent> ListAccountEvents(string? userName);
}
