using System.Buffers;
using System.Text.Unicode;
using Training.Engine.Diagnostics;

namespace Training.Engine.Manifests;

/// <summary>Reads the bytes of <c>module.yaml</c> into text, refusing what a manifest cannot be.</summary>
internal static class ManifestFile
{
    /// <summary>A real manifest is a few kilobytes; anything this big is a mistake or an attack.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static string? ReadText(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestUnreadable, "The manifest file does not exist.", new SourceLocation(path), "Create module.yaml at the root of the module folder."));
                return null;
            }

            if (info.Length > MaxBytes)
            {
                diagnostics.Add(TooLarge(path));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestUnreadable, $"The manifest cannot be read: {exception.Message}", new SourceLocation(path), "Check that the file exists and is readable."));
            return null;
        }

        return Decode(bytes, path, diagnostics);
    }

    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(TooLarge(path));
            return null;
        }

        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out _, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ManifestUnreadable,
                "The manifest is not valid UTF-8.",
                LocationOfByte(path, chars.AsSpan(0, charsWritten)),
                "Save module.yaml as UTF-8 (most editors offer it under 'Save with encoding')."));
            return null;
        }

        return new string(chars, 0, charsWritten);
    }

    // The decoded prefix ends exactly at the first invalid byte, so its last line gives the column.
    private static SourceLocation LocationOfByte(string path, ReadOnlySpan<char> decodedPrefix)
    {
        var line = decodedPrefix.Count('\n') + 1;
        var column = decodedPrefix.Length - decodedPrefix.LastIndexOf('\n');
        return new SourceLocation(path, line, column);
    }

    private static Diagnostic TooLarge(string path) =>
        Diagnostic.Error(DiagnosticCodes.ManifestUnreadable, $"The manifest is larger than {MaxBytes / 1024} KiB.", new SourceLocation(path), "A manifest lists files; put content in lesson and quiz files, not in module.yaml.");
}
