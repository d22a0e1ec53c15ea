namespace Training.Engine.Packaging;

/// <summary>
/// What packaging needs to know about modules, supplied by the host so that packaging never parses
/// <c>module.yaml</c> itself: the manifest reader and validator, SemVer precedence and the SDK range check.
/// </summary>
public interface IModuleInspector
{
    /// <summary>Reads and validates the module in a folder. Must not throw for a broken or hostile module: report it.</summary>
    /// <param name="moduleDirectory">The folder holding <c>module.yaml</c>.</param>
    /// <returns>The id, version and SDK range when readable, and every diagnostic found.</returns>
    ModuleCheck Inspect(string moduleDirectory);

    /// <summary>Compares two SemVer 2.0 versions by precedence.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Negative when <paramref name="left"/> is older, zero when equal in precedence, positive when newer.</returns>
    int CompareVersions(string left, string right);

    /// <summary>Tells whether this host's SDK satisfies a module's <c>sdk</c> range.</summary>
    /// <param name="sdkRange">The range, as written in the manifest (<c>^1.0</c>, say).</param>
    /// <returns>True when the module can run on this host.</returns>
    bool IsSdkCompatible(string sdkRange);
}
