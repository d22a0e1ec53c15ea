using System.Net;
using Ganss.Xss;
using Markdig;
using Training.Sdk.Questions;

namespace Training.Web.Rendering;

/// <summary>
/// Turns content text (question texts, feedback) into safe HTML by its <see cref="TextFormat"/>:
/// Markdown through Markdig with raw HTML disabled, HTML and Moodle's auto-format through the
/// sanitizer, plain text encoded. Content packs come from outside: nothing they write may run script.
/// </summary>
internal static class ContentHtml
{
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer s_sanitizer = CreateSanitizer();

    public static string ToHtml(string? text, TextFormat format)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return format switch
        {
            TextFormat.Markdown => s_sanitizer.Sanitize(Markdown.ToHtml(text, s_markdown)),
            TextFormat.Html => s_sanitizer.Sanitize(text),
            // Moodle's auto-format: line breaks are kept, simple HTML is allowed.
            TextFormat.Moodle => s_sanitizer.Sanitize(text.ReplaceLineEndings("\n").Replace("\n", "<br>\n", StringComparison.Ordinal)),
            _ => Plain(text),
        };
    }

    /// <summary>Plain text (feedback, messages): encoded, line breaks kept.</summary>
    public static string Plain(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : WebUtility.HtmlEncode(text).ReplaceLineEndings("\n").Replace("\n", "<br>\n", StringComparison.Ordinal);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
