using Ganss.Xss;

namespace Training.Web.Rendering;

/// <summary>
/// Sanitizes the HTML a plugin question type renders: form inputs, labels, images, tables and
/// <c>data-*</c> attributes stay; scripts, event handlers, styles, frames, nested forms and
/// foreign URLs go. Scripts a plugin needs come from its own files (<see cref="Training.Sdk.Questions.QuestionHtml.Scripts"/>).
/// </summary>
internal static class QuestionHtmlSanitizer
{
    private static readonly HtmlSanitizer s_sanitizer = Create();

    public static string Sanitize(string html) => s_sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowDataAttributes = true;
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        foreach (var tag in new[] { "input", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "figure", "figcaption", "output", "datalist", "meter", "progress" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        foreach (var attribute in new[] { "class", "name", "value", "type", "step", "min", "max", "checked", "selected", "multiple", "placeholder", "maxlength", "minlength", "inputmode", "autocomplete", "spellcheck", "hidden", "required", "pattern", "list", "for", "id", "rows", "cols", "aria-label", "aria-describedby", "role" })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        // Inputs that submit, reset or post elsewhere have no place inside the quiz's form.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "input" } input
                && input.GetAttribute("type")?.ToLowerInvariant() is "submit" or "image" or "reset" or "button" or "file")
            {
                input.SetAttribute("type", "text");
            }
        };
        return sanitizer;
    }
}
