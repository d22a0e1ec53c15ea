using System.Reflection;

namespace Training.Engine.Modules.Loading;

/// <summary>A plugin assembly loaded in a load context of its own; disposing unloads the context.</summary>
internal interface IPluginHandle : IDisposable
{
    /// <summary>The plugin's main assembly.</summary>
    Assembly Assembly { get; }
}
