namespace Training.Fuzzing;

/// <summary>What fuzzing one target found.</summary>
internal sealed class TargetReport(string target)
{
    public string Target { get; } = target;

    public long Executions { get; set; }

    public int Seeds { get; set; }

    public int CorpusSize { get; set; }

    public int Edges { get; set; }

    /// <summary>Every execution that threw, duplicates included.</summary>
    public long Crashes { get; set; }

    /// <summary>Executions that allocated more than the per-input limit.</summary>
    public long MemoryFindings { get; set; }

    /// <summary>The most bytes one input allocated.</summary>
    public long MaxAllocationBytes { get; set; }

    /// <summary>The longest one input ran (a hint of quadratic behaviour well before the hang timeout).</summary>
    public TimeSpan SlowestInput { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>One saved input per distinct crash (exception type and throwing frame).</summary>
    public Dictionary<string, string> DistinctCrashes { get; } = [];

    public bool IsClean => Crashes == 0 && MemoryFindings == 0;
}
