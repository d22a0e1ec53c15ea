namespace Training.Sdk;

/// <summary>Facts about the SDK assembly that hosts and tools compare modules against.</summary>
public static class TrainingSdk
{
    /// <summary>
    /// The SemVer version of this SDK. A module's <c>sdk</c> range in <c>module.yaml</c> must admit it.
    /// </summary>
    public const string Version = "1.0.0";
}
