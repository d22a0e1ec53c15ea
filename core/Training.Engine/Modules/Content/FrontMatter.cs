namespace Training.Engine.Modules.Content;

/// <summary>A Markdown file split into its YAML front matter (if any) and its body.</summary>
/// <param name="Yaml">The front matter text, or null when the file has none.</param>
/// <param name="YamlFirstLine">The 1-based line where the front matter text starts.</param>
/// <param name="Body">The Markdown after the front matter.</param>
internal sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body)
{
    /// <summary>Splits <c>---</c>-delimited front matter from the body; an unterminated block is reported by the caller.</summary>
    public static FrontMatter Split(string text, out bool unterminated)
    {
        unterminated = false;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new FrontMatter(null, 0, text);
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0)
        {
            var after = end + 4;
            if (after == text.Length || text[after] == '\n')
            {
                var body = after >= text.Length ? string.Empty : text[(after + 1)..];
                return new FrontMatter(text[4..(end + 1)], 2, body);
            }

            end = text.IndexOf("\n---", after, StringComparison.Ordinal);
        }

        unterminated = true;
        return new FrontMatter(null, 0, text);
    }
}
