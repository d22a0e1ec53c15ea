using System.Security.Cryptography;
using System.Text;

namespace Training.Engine.Certificates;

/// <summary>
/// The credential subject's id: a name-based UUID (RFC 9562 version 5) of the trainee id, so a
/// trainee's certificates share one stable URI that reveals neither an e-mail nor a name.
/// </summary>
internal static class TraineeSubjectId
{
    // A fixed namespace of our own, so the same trainee id always maps to the same UUID.
    private static readonly Guid s_namespace = new("5f0c1b9e-3d7a-4c1e-9a52-7e2d4b8c6f10");

    public static string For(string traineeId)
    {
        var name = Encoding.UTF8.GetBytes(traineeId);
        var input = new byte[16 + name.Length];
        s_namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; no security rests on it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
