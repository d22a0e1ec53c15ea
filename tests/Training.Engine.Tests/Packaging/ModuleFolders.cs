namespace Training.Engine.Tests.Packaging;

/// <summary>Writes small module folders for the packaging tests.</summary>
internal static class ModuleFolders
{
    public static string Manifest(string id, string version, string sdk = "^1.0") =>
        $"id: {id}\nversion: {version}\nsdk: {sdk}\n";

    /// <summary>Writes a content pack with a lesson and a quiz.</summary>
    public static string Write(string directory, string id = "bretagne.e-reputation", string version = "1.0.0", string sdk = "^1.0")
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "module.yaml"), Manifest(id, version, sdk));
        WriteFile(directory, "lessons/why-reviews.md", $"# Why reviews matter\n\nVersion {version}.\n");
        WriteFile(directory, "quizzes/final.gift", "::q1:: Reviews matter? {T}\n");
        return directory;
    }

    public static void WriteFile(string directory, string relative, string content)
    {
        var path = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
