using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Training.Engine.Modules.Loading;

/// <summary>One McMaster load context per plugin (collectible unless the host asks otherwise); only the SDK and the DI abstractions are shared with the host.</summary>
internal sealed class McMasterModuleLoader : IModuleLoader
{
    // Sharing exactly these keeps plugins from seeing engine internals while letting
    // ITrainingModule and IServiceCollection be the same types on both sides of the boundary.
    private static readonly Type[] s_sharedTypes = [typeof(ITrainingModule), typeof(IServiceCollection)];

    public IPluginHandle Load(string assemblyPath, bool unloadable)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, unloadable, s_sharedTypes);
        try
        {
            return new Handle(loader, loader.LoadDefaultAssembly());
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    private sealed class Handle(PluginLoader loader, Assembly assembly) : IPluginHandle
    {
        public Assembly Assembly { get; } = assembly;

        public void Dispose() => loader.Dispose();
    }
}
