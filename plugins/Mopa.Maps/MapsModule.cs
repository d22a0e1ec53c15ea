using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Mopa.Maps;

/// <summary>The <c>mopa.maps</c> module: registers the <c>mopa.map-point</c> question type.</summary>
public sealed class MapsModule : ITrainingModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<MapPointQuestionType>();

    /// <inheritdoc />
    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(module);
        module.AddQuestionType(services.GetRequiredService<MapPointQuestionType>());
    }
}
