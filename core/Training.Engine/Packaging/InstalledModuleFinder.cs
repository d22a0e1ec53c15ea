namespace Training.Engine.Packaging;

/// <summary>
/// Looks at what is already installed: the target folder <c>modules/&lt;id&gt;/</c>, and every other folder
/// whose manifest claims the same id. The latter catches a package that would install a second copy
/// of a module under another name, or that was renamed to take over an installed module's id.
/// </summary>
/// <param name="inspector">The host's validator.</param>
internal sealed class InstalledModuleFinder(IModuleInspector inspector)
{
    /// <summary>Finds the module in the target folder, if that folder exists.</summary>
    /// <param name="targetDirectory">The full path of <c>modules/&lt;id&gt;/</c>.</param>
    /// <returns>What the folder holds, or null when there is no such folder.</returns>
    public InstalledModule? FindTarget(string targetDirectory)
    {
        if (!Directory.Exists(targetDirectory))
        {
            return null;
        }

        var check = ModuleInspection.Inspect(inspector, targetDirectory);
        return new InstalledModule(targetDirectory, check.Id, check.Version);
    }

    /// <summary>Finds the other folders whose module has the given id.</summary>
    /// <param name="modulesRoot">The modules folder's full path.</param>
    /// <param name="id">The id being installed.</param>
    /// <returns>The folders, by full path.</returns>
    public List<string> FindElsewhere(string modulesRoot, string id)
    {
        // Dot-folders are the installer's own staging and backup folders (and hidden tool folders).
        return Directory.EnumerateDirectories(modulesRoot)
            .Where(folder => !Path.GetFileName(folder).StartsWith('.'))
            .Where(folder => !string.Equals(Path.GetFileName(folder), id, StringComparison.Ordinal))
            .Where(folder => string.Equals(ModuleInspection.Inspect(inspector, folder).Id, id, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
