using System.Security.Cryptography;
using System.Text;

namespace Training.Engine.Xapi;

/// <summary>Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id, so re-exports are idempotent.</summary>
internal static class DeterministicUuid
{
    /// <summary>The namespace of every id Training derives for xAPI (fixed forever: changing it changes every exported id).</summary>
    public static readonly Guid Namespace = new("1ecfca58-ff62-4a15-9a93-a1c9e307e049");

    public static string Create(string name) => Create(Namespace, name);

    public static string Create(Guid space, string name)
    {
        var spaceBytes = space.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[spaceBytes.Length + nameBytes.Length];
        spaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, spaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 specifies; this is an identifier, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
