namespace Training.Sdk.Questions;

/// <summary>What an <see cref="IQuestionHtmlRenderer"/> renders: an HTML fragment and the module scripts it needs.</summary>
public sealed record QuestionHtml
{
    /// <summary>Creates a rendering.</summary>
    /// <param name="html">The HTML fragment of the answer area.</param>
    /// <param name="scripts">Scripts to load once on the page, as paths relative to the module's folder.</param>
    public QuestionHtml(string html, IReadOnlyList<string>? scripts = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        Html = html;
        Scripts = scripts ?? [];
    }

    /// <summary>The HTML fragment: form inputs, images, labels. Sanitized by the host.</summary>
    public string Html { get; }

    /// <summary>
    /// Scripts (<c>.js</c> files the module ships, relative to its folder) that make the fragment
    /// interactive. The fragment must work without them (progressive enhancement).
    /// </summary>
    public IReadOnlyList<string> Scripts { get; }
}
