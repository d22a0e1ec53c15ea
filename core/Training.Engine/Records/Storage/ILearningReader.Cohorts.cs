using Training.Engine.Cohorts;

namespace Training.Engine.Records.Storage;

/// <content>Cohorts and the cohort report's aggregates.</content>
public partial interface ILearningReader
{
    /// <summary>Finds a cohort, with its member count.</summary>
    /// <param name="cohortId">The id.</param>
    /// <returns>The cohort, or null.</returns>
    Cohort? FindCohort(string cohortId);

    /// <summary>Every cohort, by id, with its member count.</summary>
    /// <returns>The cohorts.</returns>
    IReadOnlyList<Cohort> ListCohorts();

    /// <summary>Whether a trainee is a member of a cohort.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>True when a member.</returns>
    bool IsCohortMember(string cohortId, string traineeId);

    /// <summary>A cohort's members, by id, with their track status: one query.</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="trackId">The cohort's track.</param>
    /// <returns>The members.</returns>
    IReadOnlyList<CohortMemberRow> ListCohortMembers(string cohortId, string trackId);

    /// <summary>
    /// Every member's progress per module of the track, aggregated by the store in one query (not one
    /// per trainee), so a report over thousands of trainees stays a single pass over the indexes.
    /// </summary>
    /// <param name="query">The cohort and the items that count.</param>
    /// <returns>The (member, module) rows that have progress or a completion.</returns>
    IReadOnlyList<CohortModuleProgressRow> AggregateCohortProgress(CohortProgressQuery query);
}
