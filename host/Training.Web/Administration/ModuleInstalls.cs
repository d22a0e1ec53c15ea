using Training.Engine.Access;
using Training.Engine.Modules;
using Training.Engine.Packaging;
using Training.Engine.Records;
using Training.Engine.Records.Upgrades;

namespace Training.Web.Administration;

/// <summary>
/// Where an admin's package upload goes: the same installer as <c>training modules install</c> (same
/// inspector over the same module folders, same upgrade summary), into the data folder's <c>modules/</c>.
/// </summary>
internal static class ModuleInstalls
{
    public static ModuleInstallTarget Target(ModuleSearchOptions search, LearningRecords records)
    {
        var installed = search.InstalledDirectory ?? throw new ArgumentException("The web host always has an installed-modules folder.", nameof(search));
        // Shipped modules cannot be replaced by an upload, as with the command line.
        var shipped = search.ShippedDirectory is { } shippedDirectory ? new[] { shippedDirectory } : [];
        return new ModuleInstallTarget(new PackageInstaller(new ModuleFolderInspector(search), summarizeUpgrade: UpgradeText.For(records), shippedDirectories: shipped), installed);
    }
}
