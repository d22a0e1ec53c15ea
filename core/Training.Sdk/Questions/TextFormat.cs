namespace Training.Sdk.Questions;

/// <summary>How a question's text is written, as GIFT's <c>[html]</c>, <c>[moodle]</c>, <c>[plain]</c> and <c>[markdown]</c> say.</summary>
public enum TextFormat
{
    /// <summary>Moodle auto-format: plain text in which simple HTML is allowed (GIFT's default).</summary>
    Moodle,

    /// <summary>HTML.</summary>
    Html,

    /// <summary>Plain text, shown as is.</summary>
    Plain,

    /// <summary>Markdown.</summary>
    Markdown,
}
