namespace Training.Engine.Reports.Cohorts;

/// <summary>A trainee's standing in one module: a cell of the report's trainee x module matrix.</summary>
/// <param name="ModuleId">The module.</param>
/// <param name="ItemsDone">Items done (all of them when the module is completed).</param>
/// <param name="ItemsTotal">Items the module's completion rule asks for.</param>
/// <param name="Completed">Whether the module is completed.</param>
public sealed record CohortCell(string ModuleId, int ItemsDone, int ItemsTotal, bool Completed)
{
    /// <summary>Whether anything was done (or the module completed).</summary>
    public bool Started => Completed || ItemsDone > 0;
}
