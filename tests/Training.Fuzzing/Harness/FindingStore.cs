using System.Security.Cryptography;

namespace Training.Fuzzing;

/// <summary>Saves the inputs behind findings, named by kind and content hash, and says how to replay them.</summary>
/// <param name="directory">The findings folder; one subfolder per target.</param>
internal sealed class FindingStore(string directory)
{
    /// <summary>Writes the input and returns its path.</summary>
    public string Save(string target, string kind, byte[] input)
    {
        var folder = Path.GetFullPath(Path.Combine(directory, target));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{kind}-{Convert.ToHexStringLower(SHA1.HashData(input))[..16]}");
        File.WriteAllBytes(path, input);
        return path;
    }

    /// <summary>The command that runs one saved input again, under a debugger if need be.</summary>
    public static string ReproCommand(string target, string path)
    {
        var launcher = Environment.GetEnvironmentVariable("TRAINING_FUZZ_LAUNCHER");
        if (string.IsNullOrEmpty(launcher))
        {
            launcher = "dotnet " + Path.Combine(AppContext.BaseDirectory, "Training.Fuzzing.dll");
        }

        return $"{launcher} repro {target} {path}";
    }
}
