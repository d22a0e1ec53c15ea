using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Decompresses entries one buffer at a time, hashing them and optionally copying them out, while counting
/// the bytes really produced: declared sizes come from headers an attacker wrote, so the limits are
/// enforced again on what the decompressor actually emits, and reading stops at the first byte too many.
/// </summary>
/// <param name="limits">The limits to enforce.</param>
/// <param name="report">Where refusals go.</param>
internal sealed class EntryContentReader(PackageLimits limits, PackageReport report)
{
    private const int BufferSize = 81_920;

    private readonly byte[] _buffer = new byte[BufferSize];
    private long _totalBytes;

    /// <summary>Reads one entry to its end.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="maxBytes">The most bytes this entry may produce.</param>
    /// <param name="destination">Where to copy the bytes, or null to only hash them.</param>
    /// <returns>The content's lowercase hex SHA-256 and its length, or null after a refusal.</returns>
    public (string Sha256, long Length)? Read(ZipArchiveEntry entry, long maxBytes, Stream? destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        try
        {
            using var source = entry.Open();
            int read;
            while ((read = source.Read(_buffer, 0, BufferSize)) > 0)
            {
                count += read;
                _totalBytes += read;
                if (!WithinLimits(entry, count, maxBytes) || !WithinDeclaredLength(entry, count))
                {
                    return null;
                }

                hash.AppendData(_buffer, 0, read);
                if (destination is not null && !TryWrite(entry, destination, read))
                {
                    return null;
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException)
        {
            report.Error(
                DiagnosticCodes.PackageNotZip,
                $"The package's entry '{entry.FullName}' cannot be decompressed: {exception.Message}",
                "The archive is damaged or uses an unsupported compression method; pack the module again with 'training modules pack'.");
            return null;
        }

        if (count != entry.Length)
        {
            report.Error(
                DiagnosticCodes.PackageNotZip,
                string.Create(CultureInfo.InvariantCulture, $"The package's entry '{entry.FullName}' declares {entry.Length} bytes but holds {count}."),
                "The archive's headers disagree with its data: it is damaged or was tampered with.");
            return null;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), count);
    }

    private bool WithinLimits(ZipArchiveEntry entry, long count, long maxBytes)
    {
        if (count > maxBytes)
        {
            report.Error(
                DiagnosticCodes.PackageEntryTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The package's entry '{entry.FullName}' decompresses to more than {maxBytes} bytes (its header declares {entry.Length})."),
                "Its header understates its size: a likely zip bomb. Do not install it.");
            return false;
        }

        if (_totalBytes > limits.MaxTotalBytes)
        {
            report.Error(
                DiagnosticCodes.PackageTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The package decompresses to more than {limits.MaxTotalBytes} bytes in all, reached while reading '{entry.FullName}'."),
                "Its headers understate its size: a likely zip bomb. Do not install it.");
            return false;
        }

        if (count > limits.CompressionRatioThresholdBytes && count > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
        {
            report.Error(
                DiagnosticCodes.PackageCompressionRatio,
                string.Create(CultureInfo.InvariantCulture, $"The package's entry '{entry.FullName}' expands more than {limits.MaxCompressionRatio}:1 while decompressing."),
                "A likely zip bomb. Do not install it.");
            return false;
        }

        return true;
    }

    private bool WithinDeclaredLength(ZipArchiveEntry entry, long count)
    {
        // The decompressor may not stop at the declared size (a stored entry never does), so stop here:
        // a header that understates its data is a lie, whatever the limits.
        if (count <= entry.Length)
        {
            return true;
        }

        report.Error(
            DiagnosticCodes.PackageNotZip,
            string.Create(CultureInfo.InvariantCulture, $"The package's entry '{entry.FullName}' holds more than the {entry.Length} bytes its header declares."),
            "The archive's headers disagree with its data: a likely zip bomb or a tampered package. Do not install it.");
        return false;
    }

    private bool TryWrite(ZipArchiveEntry entry, Stream destination, int count)
    {
        try
        {
            destination.Write(_buffer, 0, count);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report.Error(
                DiagnosticCodes.PackageOperationFailed,
                $"Could not extract '{entry.FullName}': {exception.Message}",
                "Check the free space and permissions of the modules folder.");
            return false;
        }
    }
}
