using System.Text;

namespace Training.Fuzzing.Targets;

/// <summary>Turns fuzz bytes into text as the engine's file readers would see them.</summary>
internal static class TextInput
{
    /// <summary>Invalid UTF-8 becomes U+FFFD, as <see cref="File.ReadAllText(string)"/> does.</summary>
    public static string Decode(byte[] input) => Encoding.UTF8.GetString(input);

    /// <summary>Encodes tokens for a dictionary.</summary>
    public static IReadOnlyList<byte[]> Tokens(params string[] tokens) => [.. tokens.Select(Encoding.UTF8.GetBytes)];
}
