using Training.Engine.Text;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Lessons;

/// <summary>
/// Turns a lesson's Markdown into what a trainee reads: sanitized HTML for browsers and e-mail
/// (through <see cref="ContentHtml"/>), or text for a terminal.
/// </summary>
public static class LessonRenderer
{
    /// <summary>Renders a lesson as a sanitized HTML fragment, its title as an <c>h1</c>.</summary>
    /// <param name="lesson">The lesson.</param>
    /// <param name="language">The reader's language (<c>fr</c> or <c>en</c>), with fallback.</param>
    /// <returns>The HTML fragment.</returns>
    public static string ToHtml(Lesson lesson, string language)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var html = ContentHtml.Default;
        return "<h1>" + html.ToHtml(lesson.Title.Get(language), TextFormat.Plain) + "</h1>\n"
            + html.ToHtml(lesson.Body.Get(language), TextFormat.Markdown);
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
}
