using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Broken.ConfigureServicesThrows;

public sealed class ThrowingServicesModule : ITrainingModule
{
    public void ConfigureServices(IServiceCollection services) =>
        throw new InvalidOperationException("cannot reach the booking API");

    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
    }
}
