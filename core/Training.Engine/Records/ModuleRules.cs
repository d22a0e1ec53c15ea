using System.Collections.Concurrent;
using Training.Engine.Manifests;
using Training.Engine.Modules;

namespace Training.Engine.Records;

/// <summary>
/// The manifest fields records need that <see cref="LoadedModule"/> does not carry (completion rule,
/// breaking flag), read once per manifest file and version.
/// </summary>
internal static class ModuleRules
{
    private static readonly ConcurrentDictionary<string, (CompletionRule Completion, bool Breaking)> s_cache = new(StringComparer.Ordinal);

    public static CompletionRule CompletionOf(LoadedModule module) => Read(module).Completion;

    public static bool IsBreaking(LoadedModule module) => Read(module).Breaking;

    private static (CompletionRule Completion, bool Breaking) Read(LoadedModule module) =>
        s_cache.GetOrAdd(module.ManifestPath + "@" + module.Version, _ =>
        {
            // A module that loaded had a valid manifest; should it have vanished since, the safe default is "everything counts".
            var manifest = File.Exists(module.ManifestPath) ? ManifestReader.Read(module.ManifestPath).Manifest : null;
            return manifest is null ? (CompletionRule.All, false) : (manifest.Completion, manifest.Breaking);
        });
}
