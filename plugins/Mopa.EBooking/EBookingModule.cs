using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Mopa.EBooking;

/// <summary>The <c>mopa.e-booking</c> module: registers the <c>mopa.net-rate</c> question type.</summary>
public sealed class EBookingModule : ITrainingModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<NetRateQuestionType>();

    /// <inheritdoc />
    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(module);
        module.AddQuestionType(services.GetRequiredService<NetRateQuestionType>());
    }
}
