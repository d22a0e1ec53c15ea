using Microsoft.Extensions.DependencyInjection;
using Training.Sdk.Modules;

namespace Mopa.EBooking;

/// <summary>The <c>mopa.e-booking</c> module: registers the <c>mopa.net-rate</c> and <c>mopa.overbooking-night</c> question types.</summary>
public sealed class EBookingModule : ITrainingModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<NetRateQuestionType>().AddSingleton<OverbookingNightQuestionType>();

    /// <inheritdoc />
    public void Configure(IModuleBuilder module, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(module);
        module.AddQuestionType(services.GetRequiredService<NetRateQuestionType>());
        module.AddQuestionType(services.GetRequiredService<OverbookingNightQuestionType>());
    }
}
