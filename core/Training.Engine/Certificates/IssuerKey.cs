using System.Security.Cryptography;

namespace Training.Engine.Certificates;

/// <summary>
/// The platform's certificate signing key: ECDSA P-256, generated on first use and kept in the data
/// folder as <c>keys/issuer-key.pem</c> (PKCS#8), readable by the owner only.
/// </summary>
public sealed class IssuerKey : IDisposable
{
    /// <summary>The folder below the data folder that holds the key.</summary>
    public const string FolderName = "keys";

    /// <summary>The private key's file name (PKCS#8 PEM).</summary>
    public const string FileName = "issuer-key.pem";

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly ECDsa _key;

    private IssuerKey(ECDsa key, string path)
    {
        _key = key;
        Path = path;
        PublicKey = IssuerPublicKey.FromParameters(key.ExportParameters(includePrivateParameters: false));
    }

    /// <summary>The private key file.</summary>
    public string Path { get; }

    /// <summary>The public half, to export for verifiers or to verify with.</summary>
    public IssuerPublicKey PublicKey { get; }

    /// <summary>The RFC 7638 thumbprint of the key (see <see cref="IssuerPublicKey.KeyId"/>).</summary>
    public string KeyId => PublicKey.KeyId;

    internal ECDsa Key => _key;

    /// <summary>The private key file's path for a data folder.</summary>
    /// <param name="dataFolder">The platform's data folder.</param>
    /// <returns>The path of <c>keys/issuer-key.pem</c> below it.</returns>
    public static string PathIn(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        return System.IO.Path.Combine(dataFolder, FolderName, FileName);
    }

    /// <summary>
    /// Loads the data folder's key, generating it on first use. Safe against a concurrent first use:
    /// the key file is created exclusively, so exactly one caller writes it and every other caller
    /// waits for and loads that one key.
    /// </summary>
    /// <param name="dataFolder">The platform's data folder (created if missing).</param>
    /// <returns>The key; dispose it when done.</returns>
    /// <exception cref="InvalidDataException">
    /// The key file exists but is not a P-256 private key, or is empty (a first use was interrupted
    /// between creating and writing it).
    /// </exception>
    public static IssuerKey LoadOrCreate(string dataFolder)
    {
        var path = PathIn(dataFolder);
        if (File.Exists(path))
        {
            return LoadWhenWritten(path);
        }

        CreateOwnerOnlyFolder(System.IO.Path.GetDirectoryName(path)!);
        using (var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            try
            {
                // Created exclusively (O_EXCL): of processes racing on first use, exactly one writes the
                // key. A temporary file renamed into place is not enough: .NET's no-overwrite move checks
                // and renames in two steps, so racers replaced each other's keys.
                WriteOwnerOnly(path, fresh.ExportPkcs8PrivateKeyPem());
                return Load(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; theirs is the one, maybe still being written.
                return LoadWhenWritten(path);
            }
        }
    }

    /// <summary>
    /// The data folder's public key, for verifying without an explicit key file; null when no key
    /// was ever generated there (nothing was issued). Never creates a key.
    /// </summary>
    /// <param name="dataFolder">The platform's data folder.</param>
    /// <returns>The public key, or null.</returns>
    /// <exception cref="InvalidDataException">The key file exists but is not a P-256 private key.</exception>
    public static IssuerPublicKey? FindPublicKey(string dataFolder)
    {
        var path = PathIn(dataFolder);
        if (!File.Exists(path))
        {
            return null;
        }

        using var key = Load(path);
        return IssuerPublicKey.FromParameters(key.Key.ExportParameters(includePrivateParameters: false));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        PublicKey.Dispose();
        _key.Dispose();
    }

    private static IssuerKey Load(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0)
        {
            // A copy or restore may have widened the mode: a private key stays owner-only.
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }

        var text = File.ReadAllText(path);
        if (text.Length == 0)
        {
            // Only a first use killed between creating the file and writing it leaves it empty: no
            // certificate can have been signed with a key that was never written, so a new one loses nothing.
            throw new InvalidDataException(
                $"The issuer key '{path}' is empty: the first certificate issue that creates it was interrupted. " +
                "No certificate was signed with it. Delete the file; the next certificate issue creates a new key.");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(text);
            if (key.KeySize != 256 || key.ExportParameters(includePrivateParameters: false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new InvalidDataException($"The issuer key '{path}' is not an EC P-256 key.");
            }

            return new IssuerKey(key, path);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"The issuer key '{path}' cannot be read: {e.Message}", e);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private static IssuerKey LoadWhenWritten(string path)
    {
        // The winner writes a few hundred bytes in one call; wait a bounded time for them.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Load(path);
            }
            catch (InvalidDataException) when (attempt < 50)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static void CreateOwnerOnlyFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, OwnerOnlyFolder);
        File.SetUnixFileMode(folder, OwnerOnlyFolder);
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            // Set at creation, so the private key is never readable by others, not even briefly.
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}
