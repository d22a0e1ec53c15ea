namespace Training.Cli.Hosting;

/// <summary>Where the host keeps installed modules and (later) the learning records.</summary>
internal static class DataFolder
{
    public const string EnvironmentVariable = "TRAINING_DATA";

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
}
