using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Training.Sdk.Modules;

namespace Training.Engine.Modules.Loading;

/// <summary>
/// Reads which Training.Sdk version a plugin was compiled against, from metadata alone.
/// Loading a plugin built against a newer SDK would only fail later, at GetTypes(), with an
/// unhelpful ReflectionTypeLoadException; this lets the host say precisely what is wrong.
/// </summary>
internal static class SdkReferenceInspector
{
    public static Version HostSdkVersion { get; } = typeof(ITrainingModule).Assembly.GetName().Version ?? new Version(1, 0, 0, 0);

    /// <summary>Returns the referenced SDK version, or null when the assembly does not reference the SDK.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static Version? ReadReferencedSdkVersion(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("The file has no .NET metadata.", assemblyPath);
        }

        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.StringComparer.Equals(reference.Name, "Training.Sdk"))
            {
                return reference.Version;
            }
        }

        return null;
    }
}
