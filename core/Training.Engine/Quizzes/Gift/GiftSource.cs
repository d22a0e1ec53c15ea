using Training.Engine.Diagnostics;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// A GIFT file's text with the BOM removed and every line break turned into <c>\n</c>, and the
/// offsets where its lines start, so any offset maps back to a 1-based line and column.
/// </summary>
internal sealed class GiftSource
{
    private readonly List<int> _lineStarts;

    private GiftSource(string text, string filePath, List<int> lineStarts)
    {
        Text = text;
        FilePath = filePath;
        _lineStarts = lineStarts;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>The file's path as given.</summary>
    public string FilePath { get; }

    /// <summary>How many lines the text has.</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>Normalizes a file's text.</summary>
    public static GiftSource Create(string text, string filePath)
    {
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        // Columns stay right because a CR is only ever removed at the end of a line.
        var normalized = span.IndexOf('\r') < 0 ? span.ToString() : NormalizeLineBreaks(span);
        var lineStarts = new List<int>(Math.Max(16, normalized.Length / 40)) { 0 };
        var from = 0;
        while (true)
        {
            var next = normalized.AsSpan(from).IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            from += next + 1;
            lineStarts.Add(from);
        }

        return new GiftSource(normalized, filePath, lineStarts);
    }

    /// <summary>The offset where a 0-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset just after a 0-based line's last character (before its line break).</summary>
    public int LineEnd(int line) => line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : Text.Length;

    /// <summary>The location of an offset.</summary>
    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(FilePath, line + 1, offset - _lineStarts[line] + 1);
    }

    private static string NormalizeLineBreaks(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                buffer[length++] = '\n';
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer, 0, length);
    }
}
