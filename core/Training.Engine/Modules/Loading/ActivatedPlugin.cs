namespace Training.Engine.Modules.Loading;

/// <summary>A code plugin that loaded: its load context, its service provider and what it contributed.</summary>
internal sealed class ActivatedPlugin(IPluginHandle handle, IServiceProvider services, ModuleBuilder contributions) : IDisposable
{
    public IServiceProvider Services { get; } = services;

    public ModuleBuilder Contributions { get; } = contributions;

    public void Dispose()
    {
        // The provider must go first: its singletons hold plugin types that keep the context alive.
        (Services as IDisposable)?.Dispose();
        handle.Dispose();
    }
}
