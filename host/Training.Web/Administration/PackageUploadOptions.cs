namespace Training.Web.Administration;

/// <summary>
/// How large an uploaded module package may be: <c>Training:Admin:MaxPackageBytes</c>, at most (and by
/// default) <see cref="HardLimitBytes"/>, the engine's limit on a package's unpacked size: a package
/// never needs to be larger than what it unpacks to.
/// </summary>
internal sealed record PackageUploadOptions(long MaxBytes)
{
    public const long HardLimitBytes = 200L * 1024 * 1024;

    public static PackageUploadOptions From(IConfiguration configuration)
    {
        var configured = configuration.GetValue<long?>("Training:Admin:MaxPackageBytes");
        return new PackageUploadOptions(configured is > 0 and < HardLimitBytes ? configured.Value : HardLimitBytes);
    }
}
