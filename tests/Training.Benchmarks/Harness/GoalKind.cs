namespace Training.Benchmarks.Harness;

/// <summary>What a goal bounds: the measured value itself, or its ratio to the baseline.</summary>
internal enum GoalKind
{
    /// <summary>The measured value is at most the threshold (a time, a memory peak).</summary>
    ValueAtMost,

    /// <summary>The measured value is at least the threshold (a throughput).</summary>
    ValueAtLeast,

    /// <summary>measured ÷ baseline is at most the threshold (a time within N× of its baseline).</summary>
    RatioAtMost,

    /// <summary>measured ÷ baseline is at least the threshold (a throughput at least a fraction of its baseline's).</summary>
    RatioAtLeast,
}
