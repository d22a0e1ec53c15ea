using McMaster.NETCore.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Training.Benchmarks.Harness;
using Training.Engine.Modules;
using Training.Sdk.Modules;

namespace Training.Benchmarks.Fixtures;

/// <summary>The two sides of the module-loading figures: the engine's catalog, and the raw floor under it.</summary>
internal static class CatalogWork
{
    // The types the engine shares with plugins: the raw loads share the same ones.
    private static readonly Type[] s_sharedTypes = [typeof(ITrainingModule), typeof(IServiceCollection)];

    /// <summary>Loads the catalog as the host does: shipped modules, then the extra folders. Every module must load.</summary>
    /// <param name="extraDirectories">The folders given to <c>--modules</c>.</param>
    /// <param name="unloadable">Collectible plugin contexts (a long-running host), or plain ones (the command-line host).</param>
    public static ModuleCatalog Load(IReadOnlyList<string> extraDirectories, bool unloadable = true)
    {
        var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions
        {
            ShippedDirectory = BenchmarkContext.ShippedModulesDirectory,
            ExtraDirectories = extraDirectories,
            UnloadablePlugins = unloadable,
        });
        var failed = catalog.Modules.Where(m => m.Status != ModuleStatus.Loaded).ToList();
        if (failed.Count > 0)
        {
            catalog.Dispose();
            throw new InvalidOperationException("Modules failed to load: " + string.Join("; ", failed.SelectMany(m => m.Diagnostics.Where(d => d.IsError).Select(d => $"{m.Id}: {d.Message}"))));
        }

        return catalog;
    }

    /// <summary>
    /// The floor: every plugin assembly loaded with McMaster exactly as the engine loads it (one
    /// unloadable context, the same shared types), and every file the catalog reads read whole.
    /// Nothing parsed, nothing run.
    /// </summary>
    /// <param name="extraDirectories">The same folders.</param>
    /// <param name="unloadable">The same kind of load context as the catalog it is compared with.</param>
    /// <returns>The loaders, to dispose (which unloads them).</returns>
    public static RawLoad LoadRaw(IReadOnlyList<string> extraDirectories, bool unloadable = true)
    {
        var loaders = new List<PluginLoader>();
        long bytes = 0;
        foreach (var folder in ModuleFolders.In([BenchmarkContext.ShippedModulesDirectory, .. extraDirectories]))
        {
            foreach (var file in ModuleFolders.ContentFiles(folder))
            {
                bytes += File.ReadAllBytes(file).Length;
            }

            if (ModuleFolders.PluginAssembly(folder) is { } assembly)
            {
                var loader = PluginLoader.CreateFromAssemblyFile(assembly, unloadable, s_sharedTypes);
                loaders.Add(loader);
                loader.LoadDefaultAssembly();
            }
        }

        return new RawLoad(loaders, bytes);
    }
}
