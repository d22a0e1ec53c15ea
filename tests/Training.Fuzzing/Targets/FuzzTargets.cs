namespace Training.Fuzzing.Targets;

/// <summary>The targets by command-line name.</summary>
internal static class FuzzTargets
{
    /// <summary>The engine's targets, in the order <c>all</c> runs them.</summary>
    public static IReadOnlyList<string> EngineTargets { get; } = ["gift", "manifest", "package"];

    /// <summary>Every name <c>--target</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. EngineTargets, "selftest", "all"];

    /// <summary>Creates a target; dispose it when done (some keep a temporary folder).</summary>
    public static IFuzzTarget Create(string name) => name switch
    {
        "gift" => new GiftTarget(),
        "manifest" => new ManifestTarget(),
        "package" => new PackageTarget(),
        "selftest" => new SelfTestTarget(),
        _ => throw new ArgumentException($"Unknown target '{name}'.", nameof(name)),
    };
}
