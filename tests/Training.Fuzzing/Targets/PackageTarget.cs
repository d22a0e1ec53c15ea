using System.IO.Compression;
using System.Text;
using Training.Engine.Modules;
using Training.Engine.Packaging;

namespace Training.Fuzzing.Targets;

/// <summary>
/// The package reader and installer: any file must be verified without an exception, and a package that
/// verifies is installed through the real installer and module validator, which must write nothing
/// outside the modules folder and leave no temporary folder behind.
/// </summary>
internal sealed class PackageTarget : IFuzzTarget, IDisposable
{
    private const int UnixSymlink = unchecked((int)0xA1FF_0000);

    // Small limits keep each execution fast; the code that enforces them is the same at any size.
    private static readonly PackageLimits s_limits = new()
    {
        MaxEntryBytes = 256 * 1024,
        MaxTotalBytes = 1024 * 1024,
        MaxEntries = 200,
        MaxCompressionRatio = 20,
        CompressionRatioThresholdBytes = 32 * 1024,
        MaxHashListBytes = 64 * 1024,
    };

    private readonly string _parent = Path.Combine(ScratchFolder.Root, "package-" + Guid.NewGuid().ToString("N"));
    private readonly PackageVerifier _verifier = new(s_limits);
    private readonly PackageInstaller _installer = new(new ModuleFolderInspector(new ModuleSearchOptions()), s_limits);

    public PackageTarget()
    {
        Directory.CreateDirectory(Modules);
    }

    public string Name => "package";

    /// <summary>How many inputs were installed: proof that mutants get past the hash check into the installer.</summary>
    public long Installs { get; private set; }

    public int MaxInputLength => 256 * 1024;

    public IReadOnlyList<byte[]> Dictionary { get; } =
    [
        "PK\u0003\u0004"u8.ToArray(), "PK\u0001\u0002"u8.ToArray(), "PK\u0005\u0006"u8.ToArray(), "PK\u0006\u0006"u8.ToArray(),
        "PK\u0006\u0007"u8.ToArray(), "PK\u0007\u0008"u8.ToArray(), "module.yaml"u8.ToArray(), "package.sha256"u8.ToArray(),
        "../"u8.ToArray(), "/"u8.ToArray(), "\\"u8.ToArray(), "C:"u8.ToArray(), "CON"u8.ToArray(),
        [0xFF, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0], [0x08, 0x00], [0x00, 0x00], [0x0C, 0x00], [0x0E, 0x00], [0x63, 0x00],
        [0x01, 0x00, 0x10, 0x00], [0xFF, 0xA1], [0xED, 0x41], [0x14, 0x00], [0x2D, 0x00], [0x09, 0x08],
    ];

    private string Modules => Path.Combine(_parent, "modules");

    private string PackagePath => Path.Combine(_parent, "package.zip");

    public IReadOnlyList<SeedInput> LoadSeeds(SeedSources seeds)
    {
        var root = seeds.RepositoryRoot;
        var folders = SeedSources.Files(Path.Combine(root, "tests", "modules"), "module.yaml")
            .Concat(SeedSources.Files(Path.Combine(root, "plugins"), "module.yaml"))
            .Select(Path.GetDirectoryName);
        var list = new List<SeedInput>();
        foreach (var folder in folders)
        {
            var entries = SeedSources.Files(folder, "*")
                .Where(path => Path.GetExtension(path) is not (".cs" or ".csproj"))
                .Select(path => new PackageEntry(Path.GetRelativePath(folder!, path).Replace('\\', '/'), File.ReadAllBytes(path)))
                .ToList();
            var sealedPackage = PackageZip.Seal(entries);
            if (sealedPackage.Length <= MaxInputLength)
            {
                list.Add(new SeedInput(folder + " (packed)", sealedPackage));
                list.Add(new SeedInput(folder + " (packed, stored)", PackageZip.Seal(entries, CompressionLevel.NoCompression)));
            }
        }

        list.AddRange(seeds.Extra(MaxInputLength));
        return list;
    }

    public void Execute(byte[] input)
    {
        File.WriteAllBytes(PackagePath, input);
        var verification = _verifier.Verify(PackagePath);
        var hasErrors = verification.Diagnostics.Any(d => d.IsError);
        if (verification.IsValid == hasErrors || (hasErrors && verification.Files.Count > 0))
        {
            throw new InvariantException($"Verification says valid={verification.IsValid} with {verification.Files.Count} files and errors={hasErrors}.");
        }

        if (!verification.IsValid)
        {
            return;
        }

        var result = _installer.Install(PackagePath, Modules);
        CheckNothingElseWritten(result);
    }

    public byte[]? MutateStructure(byte[] input, Mutator mutator)
    {
        var entries = PackageZip.TryRead(input, (int)s_limits.MaxEntryBytes);
        if (entries is null || entries.Count == 0)
        {
            return null;
        }

        var index = mutator.Random.Next(entries.Count);
        var entry = entries[index];
        switch (mutator.Random.Next(6))
        {
            case 0:
            case 1:
                entries[index] = entry with { Content = mutator.Mutate(entry.Content, MaxInputLength / 2) };
                break;
            case 2:
                entries[index] = entry with { Name = Encoding.UTF8.GetString(mutator.Mutate(Encoding.UTF8.GetBytes(entry.Name), 600)) };
                break;
            case 3:
                entries.Add(entry with { Name = mutator.Random.Next(2) == 0 ? entry.Name : entry.Name.ToUpperInvariant() });
                break;
            case 4:
                entries.RemoveAt(index);
                break;
            default:
                entries[index] = entry with { ExternalAttributes = mutator.Random.Next(2) == 0 ? UnixSymlink : mutator.Random.Next() };
                break;
        }

        // Mostly resealed, so that mutants pass the hash check; sometimes not, to exercise the comparison.
        var level = mutator.Random.Next(3) == 0 ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
        if (entries.Any(e => e.Name.Length == 0))
        {
            return null; // ZipArchive cannot write an empty name; byte mutations reach that case instead.
        }

        return mutator.Random.Next(8) == 0 ? PackageZip.Write(entries, level) : PackageZip.Seal(entries, level);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_parent, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void CheckNothingElseWritten(PackageInstallResult result)
    {
        var beside = Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (beside is not ["modules", "package.zip"])
        {
            throw new InvariantException("The installer wrote beside the modules folder: " + string.Join(", ", beside));
        }

        var inside = Directory.EnumerateFileSystemEntries(Modules).Select(Path.GetFileName).ToList();
        var expected = result.Succeeded ? new[] { result.Id } : [];
        if (!inside.SequenceEqual(expected))
        {
            throw new InvariantException($"After an install that {(result.Succeeded ? "succeeded" : "failed")}, the modules folder holds: {string.Join(", ", inside)}.");
        }

        if (result.Succeeded)
        {
            Installs++;
            Directory.Delete(result.TargetPath!, recursive: true);
        }
    }
}
