namespace Training.Benchmarks.Harness;

/// <summary>What a measured value counts.</summary>
internal enum MeasurementUnit
{
    /// <summary>Elapsed time, lower is better.</summary>
    Milliseconds,

    /// <summary>Throughput in megabytes (10^6 bytes) per second, higher is better.</summary>
    MegabytesPerSecond,

    /// <summary>Throughput in operations per second, higher is better.</summary>
    PerSecond,

    /// <summary>Memory in mebibytes (2^20 bytes), lower is better.</summary>
    Megabytes,
}
