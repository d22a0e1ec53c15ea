using Training.Engine.Cohorts;

namespace Training.Engine.Records.Storage;

/// <content>Cohorts.</content>
public partial interface ILearningWriter
{
    /// <summary>Inserts a cohort (its member count is ignored).</summary>
    /// <param name="cohort">The cohort.</param>
    void InsertCohort(Cohort cohort);

    /// <summary>Inserts a membership.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="at">When they joined.</param>
    void InsertCohortMember(string cohortId, string traineeId, DateTimeOffset at);
}
