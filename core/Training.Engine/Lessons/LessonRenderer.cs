using System.Net;
using Ganss.Xss;
using Markdig;
using Training.Sdk.Content;

namespace Training.Engine.Lessons;

/// <summary>
/// Turns a lesson's Markdown into what a trainee reads: sanitized HTML for browsers and e-mail,
/// or text for a terminal.
/// </summary>
public static class LessonRenderer
{
    // Raw HTML is disabled in the Markdown itself, and the result still goes through the
    // sanitizer: content packs come from outside and must never run script in a browser.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer s_sanitizer = CreateSanitizer();

    /// <summary>Renders a lesson as a sanitized HTML fragment, its title as an <c>h1</c>.</summary>
    /// <param name="lesson">The lesson.</param>
    /// <param name="language">The reader's language (<c>fr</c> or <c>en</c>), with fallback.</param>
    /// <returns>The HTML fragment.</returns>
    public static string ToHtml(Lesson lesson, string language)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        // One pass through the sanitizer also normalises the title's entities (Piège, not Pi&#232;ge).
        var title = WebUtility.HtmlEncode(lesson.Title.Get(language));
        return s_sanitizer.Sanitize($"<h1>{title}</h1>\n" + Markdown.ToHtml(lesson.Body.Get(language), s_pipeline));
    }

    /// <summary>Renders a lesson for a terminal: its title underlined, then its Markdown, which reads well as is.</summary>
    /// <param name="lesson">The lesson.</param>
    /// <param name="language">The reader's language, with fallback.</param>
    /// <returns>The text.</returns>
    public static string ToText(Lesson lesson, string language)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var title = lesson.Title.Get(language);
        return title + "\n" + new string('=', Math.Max(title.Length, 3)) + "\n\n" + lesson.Body.Get(language).Trim() + "\n";
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");
        return sanitizer;
    }
}
