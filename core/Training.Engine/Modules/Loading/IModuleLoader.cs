namespace Training.Engine.Modules.Loading;

/// <summary>
/// Loads a plugin assembly in an isolated load context. The engine depends on this seam rather
/// than on McMaster.NETCore.Plugins directly, because that library is in maintenance mode.
/// </summary>
internal interface IModuleLoader
{
    /// <summary>Loads the assembly at <paramref name="assemblyPath"/> with its private dependencies.</summary>
    /// <param name="assemblyPath">The plugin's main assembly.</param>
    /// <param name="unloadable">Whether its load context is collectible (see <see cref="ModuleSearchOptions.UnloadablePlugins"/>).</param>
    /// <returns>The loaded plugin.</returns>
    IPluginHandle Load(string assemblyPath, bool unloadable);
}
