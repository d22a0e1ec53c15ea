using System.Net;
using Ganss.Xss;
using Markdig;
using Training.Sdk.Questions;

namespace Training.Engine.Text;

/// <summary>
/// Turns any content text — a lesson, a question's text, an option, a feedback, a general feedback —
/// into an HTML fragment that is safe to put in a page: whatever a module author wrote, the result holds
/// no script, no event handler, no <c>javascript:</c> or <c>data:</c> URL, no embedded document and no
/// form. Every host that shows content in a browser goes through it (docs/hardening.md).
/// </summary>
/// <remarks>
/// The format is the one GIFT names with <c>[html]</c>, <c>[markdown]</c>, <c>[moodle]</c> or
/// <c>[plain]</c> (<see cref="TextFormat"/>); options and feedback take their question's format.
/// Instances are immutable and thread-safe; <see cref="Default"/> is the one hosts use.
/// </remarks>
public sealed class ContentHtml
{
    // Raw HTML is disabled in Markdown itself (an author who wants HTML says [html]), and the result still
    // goes through the sanitizer.
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>The shared instance.</summary>
    public static ContentHtml Default { get; } = new();

    /// <summary>Renders content text as a sanitized HTML fragment.</summary>
    /// <param name="text">The text as the author wrote it (GIFT escapes already resolved).</param>
    /// <param name="format">
    /// <see cref="TextFormat.Html"/>: HTML, sanitized. <see cref="TextFormat.Markdown"/>: Markdown without raw HTML.
    /// <see cref="TextFormat.Moodle"/>: Moodle's auto-format, text in which simple HTML is allowed and line breaks are kept.
    /// <see cref="TextFormat.Plain"/>: text shown as is, every character encoded, line breaks kept.
    /// </param>
    /// <returns>The HTML fragment; empty for empty text.</returns>
    public string ToHtml(string text, TextFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = format switch
        {
            TextFormat.Html => text,
            TextFormat.Markdown => Markdown.ToHtml(text, s_markdown),
            TextFormat.Plain => LineBreaks(WebUtility.HtmlEncode(text)),
            _ => LineBreaks(text),
        };
        return _sanitizer.Sanitize(html);
    }

    /// <summary>Moodle's auto-format and plain text keep the author's line breaks.</summary>
    private static string LineBreaks(string text) =>
        text.ReplaceLineEndings("\n").Trim('\n').Replace("\n", "<br>\n", StringComparison.Ordinal);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");

        // Content has no business submitting anything to anyone (a fake login form is phishing, not XSS,
        // but it is still the platform's page), nor naming elements the host's own script looks up.
        foreach (var tag in new[] { "form", "button", "select", "option", "optgroup", "textarea", "datalist", "fieldset", "legend", "output" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("id");
        sanitizer.AllowedAttributes.Remove("name");
        return sanitizer;
    }
}
