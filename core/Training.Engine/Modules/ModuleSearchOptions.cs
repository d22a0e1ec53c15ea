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

    /// <summary>
    /// Whether each code plugin gets a collectible load context, unloaded when the catalog is disposed
    /// (the default). A process that exits when it is done with the catalog, such as the command-line
    /// host, can turn this off to start faster: the runtime compiles collectible code fully optimized
    /// on first call and never uses ReadyToRun code for it, while a plain context gets tiered
    /// compilation. Disposing the catalog then releases the plugins' services but not their code.
    /// </summary>
    public bool UnloadablePlugins { get; init; } = true;
}
