using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>
/// Hostile packages through the real <c>training modules install</c>, at the default limits: each is refused
/// with a clear error naming the problem, nothing changes anywhere under the test's root (data folder,
/// modules folder, package folder), and the module installed before is intact.
/// </summary>
public sealed class HostilePackageInstallTests
{
    private static readonly string s_absolute = Path.Combine(Path.GetTempPath(), $"training-evil-{Guid.NewGuid():N}.txt");
    private static TempDirectory? s_template;

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("dot-dot entry", "TRN082", "'../evil.txt'", p => p.File("../evil.txt", "x"));
        yield return Case("absolute entry", "TRN082", s_absolute, p => p.File(s_absolute, "x"));
        yield return Case("symbolic link", "TRN083", "'lessons/link.md'", p => p.File("lessons/link.md", "/etc/passwd", unchecked((int)0xA1FF_0000)));
        yield return Case("duplicate entry", "TRN084", "'lessons/welcome.md'", p => p.File("lessons/welcome.md", "# Autre\n"));
        yield return Case("file list does not match the hashes", "TRN094", "'lessons/welcome.md'", p => p.Tamper("lessons/welcome.md"));
        yield return Case("file missing from the list", "TRN093", "'lessons/extra.md'", p => p.File("lessons/extra.md", "# Extra\n", listed: false));
        yield return Case("older copy of an installed module's id", "TRN097", "'tests.basics' 1.2.0 is installed; 1.0.0 is older", p => p.Version("1.0.0"));
        yield return Case("older copy of a shipped module's id", "TRN097", "'mopa.maps' 1.0.0 ships with this host", p => p.Id("mopa.maps", "0.0.1"));
        yield return Case("zip bomb", "TRN086", "'media/zeros.bin'", p => p.File("media/zeros.bin", new byte[60 * 1024 * 1024]));
        yield return Case("zip bomb whose header lies", "TRN094", "'media/zeros.bin'", p => p.File("media/zeros.bin", new byte[60 * 1024 * 1024]).DeclareLength("media/zeros.bin", 1000));
    }

    [OneTimeSetUp]
    public static void InstallTheModuleEveryCaseStartsFrom()
    {
        s_template = new TempDirectory();
        var package = Path.Combine(s_template.Path, "basics.zip");
        var data = Path.Combine(s_template.Path, "data");
        Assert.That(TrainingCli.Run(data, "modules", "pack", TestModules.Basics, "-o", package).ExitCode, Is.Zero);
        var installed = TrainingCli.Run(data, "modules", "install", package);
        Assert.That(installed.ExitCode, Is.Zero, installed.ToString());
        File.Delete(package);
    }

    [OneTimeTearDown]
    public static void Clean() => s_template?.Dispose();

    [TestCaseSource(nameof(Cases))]
    public void A_hostile_package_is_refused_and_changes_nothing(string code, string inMessage, Action<HostilePackage> build)
    {
        using var root = new TempDirectory();
        CopyFolder(Path.Combine(s_template!.Path, "data"), Path.Combine(root.Path, "data"));
        var package = new HostilePackage();
        build(package);
        var path = package.Write(Path.Combine(root.Path, "incoming", "hostile.zip"));
        var before = Snapshot(root.Path);

        var result = TrainingCli.Run(Path.Combine(root.Path, "data"), "modules", "install", path);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdOut + result.StdErr, Does.Contain("error " + code).And.Contain(inMessage), result.ToString());
        Assert.That(result.StdErr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Snapshot(root.Path), Is.EqualTo(before), "nothing written or changed anywhere, the installed module intact");
        Assert.That(File.Exists(s_absolute), Is.False);
        var listed = TrainingCli.Run(Path.Combine(root.Path, "data"), "modules", "show", "tests.basics", "--json");
        Assert.That(listed.StdOut, Does.Contain("\"version\": \"1.2.0\"").And.Contain("\"status\": \"loaded\""), listed.ToString());
    }

    private static TestCaseData Case(string name, string code, string inMessage, Action<HostilePackage> build) =>
        new TestCaseData(code, inMessage, build).SetArgDisplayNames(name);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static List<string> Snapshot(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path) + (Directory.Exists(path) ? "/" : " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))))
            .Order(StringComparer.Ordinal)];

    /// <summary>tests.basics 9.0.0 as a package, sealed with a correct hash list, then made hostile.</summary>
    public sealed class HostilePackage
    {
        private readonly List<(string Name, byte[] Content, int Attributes, bool Listed)> _entries = [];
        private readonly Dictionary<string, uint> _declaredLengths = [];
        private string? _tampered;

        public HostilePackage()
        {
            foreach (var file in Directory.EnumerateFiles(TestModules.Basics, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                _entries.Add((Path.GetRelativePath(TestModules.Basics, file).Replace('\\', '/'), System.IO.File.ReadAllBytes(file), 0, true));
            }

            Version("9.0.0");
        }

        public HostilePackage File(string name, string content, int attributes = 0, bool listed = true) => File(name, Encoding.UTF8.GetBytes(content), attributes, listed);

        public HostilePackage File(string name, byte[] content, int attributes = 0, bool listed = true)
        {
            _entries.Add((name, content, attributes, listed));
            return this;
        }

        public HostilePackage Version(string version) => Id("tests.basics", version);

        public HostilePackage Id(string id, string version)
        {
            var index = _entries.FindIndex(e => e.Name == "module.yaml");
            var lines = Encoding.UTF8.GetString(_entries[index].Content).Split('\n')
                .Select(line => line.StartsWith("id:", StringComparison.Ordinal) ? "id: " + id : line)
                .Select(line => line.StartsWith("version:", StringComparison.Ordinal) ? "version: " + version : line)
                .Where(line => !line.StartsWith("tracks", StringComparison.Ordinal) && !line.StartsWith("  - { id: tests.track", StringComparison.Ordinal));
            _entries[index] = _entries[index] with { Content = Encoding.UTF8.GetBytes(string.Join('\n', lines)) };
            return this;
        }

        /// <summary>Changes a file after its hash was listed.</summary>
        public HostilePackage Tamper(string name)
        {
            _tampered = name;
            return this;
        }

        /// <summary>Makes the zip headers declare another uncompressed size than the data holds.</summary>
        public HostilePackage DeclareLength(string name, uint length)
        {
            _declaredLengths[name] = length;
            return this;
        }

        public string Write(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var list = new StringBuilder();
            foreach (var (name, content, _, _) in _entries.Where(e => e.Listed).DistinctBy(e => e.Name).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                list.Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append("  ").Append(name).Append('\n');
            }

            using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                foreach (var (name, content, attributes, _) in _entries)
                {
                    var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                    entry.ExternalAttributes = attributes;
                    using var stream = entry.Open();
                    stream.Write(name == _tampered ? [.. content, (byte)'!'] : content);
                }

                using var hashes = archive.CreateEntry("package.sha256").Open();
                hashes.Write(Encoding.UTF8.GetBytes(list.ToString()));
            }

            foreach (var (name, length) in _declaredLengths)
            {
                PatchDeclaredLength(path, name, length);
            }

            return path;
        }

        private static void PatchDeclaredLength(string path, string name, uint length)
        {
            var bytes = System.IO.File.ReadAllBytes(path);
            for (var offset = 0; offset + 46 <= bytes.Length; offset++)
            {
                // Central directory header: signature, then the name at +46; patch it and the local header it points to.
                if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) == 0x02014b50
                    && Encoding.UTF8.GetString(bytes, offset + 46, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 28))) == name)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 24), length);
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 42)) + 22), length);
                }
            }

            System.IO.File.WriteAllBytes(path, bytes);
        }
    }
}
