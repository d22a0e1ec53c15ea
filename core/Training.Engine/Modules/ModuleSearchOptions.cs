namespace Training.Engine.Modules;

/// <summary>Where the host looks for modules, from lowest to highest precedence.</summary>
public sealed record ModuleSearchOptions
{
    /// <summary>The modules shipped beside the host (<c>modules/</c> in its output folder), if any.</summary>
    public string? ShippedDirectory { get; init; }

    /// <summary>The data folder's <c>modules/</c>, where <c>training modules install</c> puts packages.</summary>
    public string? InstalledDirectory { get; init; }

    /// <summary>Extra folders given with <c>--modules</c>; each may be a module itself or hold module folders.</summary>
    public IReadOnlyList<string> ExtraDirectories { get; init; } = [];

    /// <summary>Reports progress while modules load (one step per module).</summary>
    public IProgress<ModuleLoadProgress>? Progress { get; init; }
}
