using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Training.Engine.Diagnostics;
using Training.Sdk.Modules;

namespace Training.Engine.Modules.Loading;

/// <summary>
/// Loads a code plugin and runs its entry point, turning every way it can fail into a diagnostic:
/// a plugin must never take the host down.
/// </summary>
internal sealed class PluginActivator(IModuleLoader loader)
{
    public ActivatedPlugin? Activate(LoadedModule module, string assemblyPath, SourceLocation assemblyLocation, bool unloadable)
    {
        if (!File.Exists(assemblyPath))
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginAssemblyUnloadable,
                $"The plugin assembly '{module.Assembly}' of module '{module.Id}' does not exist.",
                assemblyLocation,
                "Build the plugin and copy its output beside module.yaml, or correct 'assembly'."));
            return null;
        }

        if (!CheckSdkReference(module, assemblyPath, assemblyLocation))
        {
            return null;
        }

        IPluginHandle handle;
        try
        {
            handle = loader.Load(assemblyPath, unloadable);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or IOException)
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginAssemblyUnloadable,
                $"The plugin assembly '{module.Assembly}' could not be loaded: {ex.Message}",
                assemblyLocation,
                "Rebuild the plugin for net10.0 and ship its private dependencies beside it."));
            return null;
        }

        var activated = Run(module, handle, assemblyLocation);
        if (activated is null)
        {
            handle.Dispose();
        }

        return activated;
    }

    private static bool CheckSdkReference(LoadedModule module, string assemblyPath, SourceLocation location)
    {
        Version? referenced;
        try
        {
            referenced = SdkReferenceInspector.ReadReferencedSdkVersion(assemblyPath);
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginAssemblyUnloadable,
                $"'{module.Assembly}' is not a .NET assembly: {ex.Message}",
                location,
                "Point 'assembly' at the plugin's compiled .dll."));
            return false;
        }

        var host = SdkReferenceInspector.HostSdkVersion;
        if (referenced is not null && (referenced.Major != host.Major || referenced > host))
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginNeedsNewerSdk,
                $"'{module.Assembly}' was compiled against Training.Sdk {referenced.ToString(3)}, but this host has Training.Sdk {host.ToString(3)}.",
                location,
                $"Rebuild the plugin against Training.Sdk {host.ToString(3)}, or upgrade the host."));
            return false;
        }

        return true;
    }

    private static ActivatedPlugin? Run(LoadedModule module, IPluginHandle handle, SourceLocation location)
    {
        Type entryType;
        try
        {
            var candidates = handle.Assembly.GetExportedTypes()
                .Where(t => typeof(ITrainingModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (candidates.Count != 1)
            {
                module.Fail(Diagnostic.Error(
                    DiagnosticCodes.PluginEntryPointInvalid,
                    candidates.Count == 0
                        ? $"'{module.Assembly}' has no public class implementing ITrainingModule."
                        : $"'{module.Assembly}' has {candidates.Count} classes implementing ITrainingModule ({string.Join(", ", candidates.Select(c => c.FullName))}); the host needs exactly one.",
                    location,
                    "Declare one public, non-abstract class implementing Training.Sdk.Modules.ITrainingModule."));
                return null;
            }

            entryType = candidates[0];
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or TypeLoadException or FileNotFoundException or FileLoadException)
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginAssemblyUnloadable,
                $"The types of '{module.Assembly}' could not be loaded: {FirstMessage(ex)}",
                location,
                "Ship the plugin's private dependencies beside it and build it against this host's Training.Sdk."));
            return null;
        }

        if (entryType.GetConstructor(Type.EmptyTypes) is null)
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginEntryPointInvalid,
                $"'{entryType.FullName}' has no public parameterless constructor.",
                location,
                "Add a public parameterless constructor; take dependencies through ConfigureServices instead."));
            return null;
        }

        ITrainingModule entry;
        try
        {
            entry = (ITrainingModule)Activator.CreateInstance(entryType)!;
        }
        catch (TargetInvocationException ex)
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginConstructorFailed,
                $"The constructor of '{entryType.FullName}' threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}",
                location,
                "Keep the constructor free of work that can fail; register services in ConfigureServices.") with { Detail = ex.InnerException?.ToString() });
            return null;
        }

        var services = new ServiceCollection();
        ServiceProvider provider;
        try
        {
            entry.ConfigureServices(services);
            provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        }
        catch (Exception ex)
        {
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginConfigureFailed,
                $"ConfigureServices of '{entryType.FullName}' failed with {ex.GetType().Name}: {ex.Message}",
                location,
                "Fix the plugin's service registrations; --verbose prints the stack trace.") with { Detail = ex.ToString() });
            return null;
        }

        var builder = new ModuleBuilder(module.Id, module.Version);
        try
        {
            entry.Configure(builder, provider);
        }
        catch (Exception ex)
        {
            provider.Dispose();
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.PluginConfigureFailed,
                $"Configure of '{entryType.FullName}' failed with {ex.GetType().Name}: {ex.Message}",
                location,
                "Fix the plugin's Configure method; --verbose prints the stack trace.") with { Detail = ex.ToString() });
            return null;
        }

        return new ActivatedPlugin(handle, provider, builder);
    }

    private static string FirstMessage(Exception ex) =>
        ex is ReflectionTypeLoadException { LoaderExceptions: { Length: > 0 } inner } && inner[0] is { } first
            ? first.Message
            : ex.Message;
}
