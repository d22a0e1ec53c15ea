using System.Buffers.Text;

namespace Training.Engine.Certificates;

/// <summary>Base64url without padding (RFC 7515 §2), decoding only the canonical form.</summary>
internal static class CanonicalBase64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    /// <summary>
    /// Decodes <paramref name="text"/> only when it is exactly what <see cref="Encode"/> would write:
    /// no padding, no whitespace, and zero unused trailing bits. Otherwise two different strings would
    /// carry the same bytes, and a changed last character of a signature could go unnoticed.
    /// </summary>
    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        return string.Equals(Encode(bytes), text, StringComparison.Ordinal);
    }
}
