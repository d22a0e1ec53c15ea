using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Samples.Ordering;

/// <summary>Registers the ordering question type.</summary>
public sealed class OrderingModule : ITrainingModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<OrderingQuestionType>();

    /// <inheritdoc />
    public void Configure(IModuleBuilder module, IServiceProvider services) =>
        module.AddQuestionType(services.GetRequiredService<OrderingQuestionType>());
}
