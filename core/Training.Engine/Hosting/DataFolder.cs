namespace Training.Engine.Hosting;

/// <summary>
/// Where a host keeps its data: installed modules (<c>modules/</c>), the learning records
/// (<c>training.db</c>) and keys (<c>keys/</c>). Every host resolves it the same way, so the command
/// line and the web host share one folder.
/// </summary>
public static class DataFolder
{
    /// <summary>The environment variable naming the data folder when no option does.</summary>
    public const string EnvironmentVariable = "TRAINING_DATA";

    /// <summary>The folder below the data folder where installed modules go.</summary>
    public const string ModulesFolderName = "modules";

    /// <summary>Resolves the data folder: the option, else <c>$TRAINING_DATA</c>, else the user's local data folder.</summary>
    /// <param name="fromOption">The folder given explicitly (<c>--data</c>), or null.</param>
    /// <returns>The full path (not created).</returns>
    public static string Resolve(string? fromOption)
    {
        if (!string.IsNullOrWhiteSpace(fromOption))
        {
            return Path.GetFullPath(fromOption);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(local, "training");
    }

    /// <summary>The folder of installed modules in a data folder.</summary>
    /// <param name="dataFolder">The data folder.</param>
    /// <returns>Its <c>modules/</c> folder.</returns>
    public static string InstalledModules(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        return Path.Combine(dataFolder, ModulesFolderName);
    }
}
