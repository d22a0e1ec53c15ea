using Training.Engine.Diagnostics;
using Training.Engine.Versioning;
using Training.Sdk;

namespace Training.Engine.Manifests;

/// <summary>Checks a manifest's <c>sdk</c> range against the SDK a host runs.</summary>
public static class SdkCompatibility
{
    /// <summary>The SDK version of this host, from <see cref="TrainingSdk.Version"/>.</summary>
    public static SemanticVersion HostVersion { get; } = SemanticVersion.Parse(TrainingSdk.Version);

    /// <summary>Checks the manifest against this host's SDK.</summary>
    /// <param name="manifest">A manifest that was read.</param>
    /// <returns>An error at the <c>sdk</c> value when the range excludes the host SDK; otherwise null.</returns>
    public static Diagnostic? Check(ModuleManifest manifest) => Check(manifest, HostVersion);

    /// <summary>Checks the manifest against a given SDK version.</summary>
    /// <param name="manifest">A manifest that was read.</param>
    /// <param name="hostSdk">The SDK version the host runs.</param>
    /// <returns>An error at the <c>sdk</c> value when the range excludes <paramref name="hostSdk"/>; otherwise null.</returns>
    public static Diagnostic? Check(ModuleManifest manifest, SemanticVersion hostSdk)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(hostSdk);
        if (manifest.Sdk.Contains(hostSdk))
        {
            return null;
        }

        return Diagnostic.Error(
            DiagnosticCodes.SdkIncompatible,
            $"Module '{manifest.Id}' needs SDK {manifest.Sdk} but this host has {hostSdk}.",
            manifest.LocationOf(ManifestFields.Sdk),
            $"Install a version of the module built for SDK {hostSdk}, or a host whose SDK matches {manifest.Sdk}.");
    }
}
