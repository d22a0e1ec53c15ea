using System.Buffers.Binary;
using System.Text;

namespace Training.Engine.Tests.Packaging;

/// <summary>Rewrites the uncompressed size an entry declares, in its local header and in the central directory, to make a lying zip.</summary>
internal static class ZipHeaderPatcher
{
    private const uint CentralHeaderSignature = 0x02014b50;

    public static void SetDeclaredLength(string zipPath, string entryName, uint length)
    {
        var bytes = System.IO.File.ReadAllBytes(zipPath);
        var patched = false;
        for (var offset = 0; offset + 46 <= bytes.Length; offset++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) != CentralHeaderSignature)
            {
                continue;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 28));
            if (Encoding.UTF8.GetString(bytes, offset + 46, nameLength) != entryName)
            {
                continue;
            }

            var localHeader = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 42));
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 24), length);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(localHeader + 22), length);
            patched = true;
        }

        if (!patched)
        {
            throw new InvalidOperationException($"No central header for '{entryName}'.");
        }

        System.IO.File.WriteAllBytes(zipPath, bytes);
    }
}
