using McMaster.NETCore.Plugins;

namespace Training.Benchmarks.Fixtures;

/// <summary>The plugin contexts and byte count of a raw load; disposing unloads the contexts.</summary>
internal sealed class RawLoad(IReadOnlyList<PluginLoader> loaders, long bytes) : IDisposable
{
    public int Plugins => loaders.Count;

    public long Bytes => bytes;

    public void Dispose()
    {
        foreach (var loader in loaders)
        {
            loader.Dispose();
        }
    }
}
