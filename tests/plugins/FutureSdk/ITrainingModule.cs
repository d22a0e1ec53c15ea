using Microsoft.Extensions.DependencyInjection;

namespace Training.Sdk.Modules;

/// <summary>The 2.0 shape of the module contract, with a member the 1.0 host does not know.</summary>
public interface ITrainingModule
{
    void ConfigureServices(IServiceCollection services);

    void Configure(IServiceProvider services);

    string SomethingNewIn2 { get; }
}
