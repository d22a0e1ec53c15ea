using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Mopa.SocialNetworks;

/// <summary>The <c>mopa.social-networks</c> module: registers the <c>mopa.page-username</c> question type.</summary>
public sealed class SocialNetworksModule : ITrainingModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<PageUsernameQuestionType>();

    /// <inheritdoc />
    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(module);
        module.AddQuestionType(services.GetRequiredService<PageUsernameQuestionType>());
    }
}
