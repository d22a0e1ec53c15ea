using System.Security.Cryptography;
using System.Text;
using Training.Engine.Certificates;
using Training.Engine.Records;

namespace Training.Storage.Sqlite.Backups;

/// <summary>The data folder's certificate issuer key, as a backup carries and a restore installs it.</summary>
internal static class IssuerKeyFile
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The key's thumbprint, after checking the PEM holds a P-256 private key (what signing needs).</summary>
    public static string KeyId(byte[] pem, string where)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(Encoding.UTF8.GetString(pem));
            _ = key.ExportParameters(includePrivateParameters: true);
            using var publicKey = IssuerPublicKey.FromECDsa(key);
            return publicKey.KeyId;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException or FormatException)
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"{where} is not a usable certificate issuer key (an EC P-256 private key in PEM): {e.Message}",
                e);
        }
    }

    /// <summary>Installs the backup's key; a different key already there is kept beside it, never overwritten.</summary>
    public static (IssuerKeyRestore Outcome, string? Previous) Install(string dataFolder, byte[] key, string stamp)
    {
        var path = IssuerKey.PathIn(dataFolder);
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        string? previous = null;
        var outcome = IssuerKeyRestore.Installed;
        if (File.Exists(path))
        {
            if (File.ReadAllBytes(path).AsSpan().SequenceEqual(key))
            {
                return (IssuerKeyRestore.Unchanged, null);
            }

            previous = Unused(path + ".before-restore-" + stamp);
            SqliteFile.WriteOwnerOnly(previous, File.ReadAllBytes(path));
            outcome = IssuerKeyRestore.Replaced;
        }

        // Written beside, then renamed over: the key file is always whole, and owner-only from its creation.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            SqliteFile.WriteOwnerOnly(temporary, key);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return (outcome, previous);
    }

    /// <summary>The path, or the path with -2, -3... when a restore in the same second already used it.</summary>
    public static string Unused(string path)
    {
        var candidate = path;
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = path + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
