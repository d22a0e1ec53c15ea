namespace Training.Benchmarks.Fixtures;

/// <summary>Generated modules in one folder: content packs and compiled code plugins.</summary>
/// <param name="Directory">The folder holding one folder per module (give it to <c>--modules</c>).</param>
/// <param name="ContentPacks">The content packs' ids.</param>
/// <param name="CodePlugins">The code plugins' ids.</param>
/// <param name="PluginAssemblies">The code plugins' assemblies, one per plugin.</param>
internal sealed record GeneratedModuleSet(string Directory, IReadOnlyList<string> ContentPacks, IReadOnlyList<string> CodePlugins, IReadOnlyList<string> PluginAssemblies)
{
    public int Count => ContentPacks.Count + CodePlugins.Count;
}
