using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Broken.ConstructorThrows;

public sealed class ThrowingModule : ITrainingModule
{
    public ThrowingModule() => throw new InvalidOperationException("the licence file is missing");

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
    }
}
