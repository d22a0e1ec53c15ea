namespace Training.Web.Administration;

/// <summary>The services of the coordinator (<c>/coordinate</c>) and admin (<c>/admin</c>) pages, registered in one place.</summary>
internal static class AdminServices
{
    public static IServiceCollection AddCoordinatorAndAdminPages(this IServiceCollection services)
    {
        services.AddSingleton(sp => PackageUploadOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<PendingInstalls>();
        return services;
    }
}
