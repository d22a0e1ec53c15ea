using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Mopa.Blogs;

/// <summary>
/// The <c>mopa.blogs</c> module. Its lessons and quiz come from the manifest; it registers no
/// services or question types of its own, and is compiled so the four MOPA modules ship alike.
/// </summary>
public sealed class BlogsModule : ITrainingModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // Nothing to register: the module's content is declared in module.yaml.
    }

    /// <inheritdoc />
    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
        // Nothing to add in code.
    }
}
