using Training.Engine.Manifests;

namespace Training.Fuzzing.Targets;

/// <summary>
/// The manifest reader: any <c>module.yaml</c> must end in a manifest or diagnostics, never in an exception.
/// It reads against an empty module folder, so the file references' path checks run too.
/// </summary>
internal sealed class ManifestTarget : IFuzzTarget, IDisposable
{
    private readonly string _moduleDirectory = Path.Combine(ScratchFolder.Root, "manifest-" + Guid.NewGuid().ToString("N"));

    public ManifestTarget()
    {
        Directory.CreateDirectory(_moduleDirectory);
    }

    public string Name => "manifest";

    // A little over the reader's own 64 KiB limit, so that the limit itself is exercised.
    public int MaxInputLength => 72 * 1024;

    public IReadOnlyList<byte[]> Dictionary { get; } = TextInput.Tokens(
        "id: ", "version: ", "sdk: ", "title: ", "description: ", "authors: ", "lessons:", "quizzes:", "tracks:", "requires:",
        "prerequisites: ", "assembly: ", "file: ", "passMark: ", "attempts: ", "grading: ", "timeLimit: ", "points: ", "validity: ",
        "completion: ", "modules: ", "changes: ", "breaking: ", "shuffle: ", "fr: ", "en: ", "\n  - ", "- ", ": ", "{", "}", "[", "]",
        ", ", "&a ", "*a", "!!str ", "!!binary ", "!!map", "!!int ", "---\n", "...\n", "|\n", ">-\n", "'", "\"", "# ", "%YAML 1.2\n",
        "%TAG ! tag:x,2000:\n", "<<: *a", "? ", "\t", "../", "/etc/passwd", "C:\\", "lessons/a.md", "P24M", "PT20M", "20m", "^1.0",
        ">=1.0.0 <2.0.0", "1.0.0-alpha.1+build", "80%", "highest", "last", "true", "null", "~", "1e400", "-1", "99999999999999999999",
        "\\u0000", "\uFEFF", "é");

    public IReadOnlyList<SeedInput> LoadSeeds(SeedSources seeds)
    {
        var root = seeds.RepositoryRoot;
        var files = SeedSources.Files(Path.Combine(root, "tests", "modules"), "module.yaml")
            .Concat(SeedSources.Files(Path.Combine(root, "plugins"), "module.yaml"));
        return [.. SeedSources.Read(files, MaxInputLength), .. seeds.Extra(MaxInputLength)];
    }

    public void Execute(byte[] input)
    {
        var result = ManifestReader.Parse(TextInput.Decode(input), "module.yaml", _moduleDirectory);
        if (result.Manifest is null && !result.HasErrors)
        {
            throw new InvariantException("The reader returned neither a manifest nor an error.");
        }
    }

    public byte[]? MutateStructure(byte[] input, Mutator mutator) => null;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_moduleDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
