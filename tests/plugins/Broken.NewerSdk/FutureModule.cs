using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Broken.NewerSdk;

public sealed class FutureModule : ITrainingModule
{
    public string SomethingNewIn2 => "2.0";

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void Configure(IServiceProvider services)
    {
    }
}
