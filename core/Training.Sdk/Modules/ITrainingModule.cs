using Microsoft.Extensions.DependencyInjection;

namespace Training.Sdk.Modules;

/// <summary>
/// The entry point of a code plugin. The host creates one instance per module with a public
/// parameterless constructor, calls <see cref="ConfigureServices"/>, builds the module's own
/// service provider, then calls <see cref="Configure"/>.
/// </summary>
/// <remarks>
/// Exceptions thrown here never crash the host: the module is reported as failed with a
/// diagnostic and the other modules keep running.
/// </remarks>
public interface ITrainingModule
{
    /// <summary>Registers the services the module needs in its own, isolated container.</summary>
    /// <param name="services">The module's service collection.</param>
    void ConfigureServices(IServiceCollection services);

    /// <summary>
    /// Contributes content (lessons, quizzes, tracks) and question types, in addition to what
    /// <c>module.yaml</c> declares.
    /// </summary>
    /// <param name="module">Receives what the module contributes.</param>
    /// <param name="services">The provider built from <see cref="ConfigureServices"/>.</param>
    void Configure(IModuleBuilder module, IServiceProvider services);
}
