using System.Text;

namespace Training.Engine.Quizzes.Gift;

/// <summary>Splits a GIFT file into blocks at blank lines, as Moodle's reader does.</summary>
internal static class GiftBlockSplitter
{
    /// <summary>Lists the blocks of a source, in order.</summary>
    public static List<GiftBlock> Split(GiftSource source)
    {
        var blocks = new List<GiftBlock>();
        var text = source.Text;
        var blockFirstLine = -1;
        List<int>? commentLines = null;
        for (var line = 0; line < source.LineCount; line++)
        {
            var content = text.AsSpan(source.LineStart(line), source.LineEnd(line) - source.LineStart(line));
            var trimmed = GiftSyntax.Trim(content);
            if (trimmed.IsEmpty)
            {
                if (blockFirstLine >= 0)
                {
                    blocks.Add(Build(source, blockFirstLine, line - 1, commentLines));
                    blockFirstLine = -1;
                    commentLines = null;
                }

                continue;
            }

            if (blockFirstLine < 0)
            {
                blockFirstLine = line;
            }

            if (trimmed.StartsWith("//"))
            {
                (commentLines ??= []).Add(line);
            }
        }

        if (blockFirstLine >= 0)
        {
            blocks.Add(Build(source, blockFirstLine, source.LineCount - 1, commentLines));
        }

        return blocks;
    }

    private static GiftBlock Build(GiftSource source, int firstLine, int lastLine, List<int>? commentLines)
    {
        var start = source.LineStart(firstLine);
        var end = source.LineEnd(lastLine);
        if (commentLines is null)
        {
            return new GiftBlock(start, source.Text.AsMemory(start, end - start), string.Empty);
        }

        var masked = source.Text.ToCharArray(start, end - start);
        var comments = new StringBuilder();
        foreach (var line in commentLines)
        {
            var lineStart = source.LineStart(line);
            var lineEnd = source.LineEnd(line);
            comments.Append(GiftSyntax.Trim(source.Text.AsSpan(lineStart, lineEnd - lineStart))).Append('\n');
            masked.AsSpan(lineStart - start, lineEnd - lineStart).Fill(' ');
        }

        return new GiftBlock(start, masked, comments.ToString());
    }
}
