using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NUnit.Framework;

namespace Training.TestSupport.Html;

/// <summary>
/// Parses HTML as a browser would (AngleSharp, the parser HtmlSanitizer is built on) and lists what could
/// run script or load a foreign document: script-capable elements, <c>on*</c> handlers, URLs with the
/// <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c> scheme (after entity decoding, whitespace and
/// case folding), and styles with <c>expression()</c>, <c>behavior</c>, <c>-moz-binding</c> or script URLs.
/// </summary>
public static class SafeHtml
{
    private static readonly HashSet<string> s_forbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style",
        "form", "svg", "math", "template", "noscript", "portal", "button", "isindex",
    };

    private static readonly HashSet<string> s_urlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "background", "poster", "cite", "longdesc", "lowsrc", "dynsrc",
        "srcset", "ping", "codebase", "usemap", "xlink:href", "to", "from", "values", "by", "content",
    };

    private static readonly string[] s_scriptSchemes = ["javascript:", "vbscript:", "livescript:", "data:"];

    private static readonly string[] s_forbiddenStyle = ["expression", "behavior", "-moz-binding", "javascript:", "vbscript:", "data:", "@import"];

    /// <summary>Lists every problem found; empty when the HTML is safe.</summary>
    /// <param name="html">An HTML fragment or document.</param>
    /// <returns>One line per problem.</returns>
    public static IReadOnlyList<string> FindProblems(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>");
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            Check(element, problems);
        }

        return problems;
    }

    /// <summary>Fails the test when the HTML holds anything that could run script.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="context">What produced it, for the failure message.</param>
    public static void AssertSafe(string html, string context)
    {
        var problems = FindProblems(html);
        Assert.That(problems, Is.Empty, () => $"{context} produced unsafe HTML:\n{html}");
    }

    private static void Check(IElement element, List<string> problems)
    {
        var name = element.LocalName;
        if (s_forbiddenElements.Contains(name))
        {
            problems.Add($"<{name}> element");
        }

        foreach (var attribute in element.Attributes)
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            if (attributeName.StartsWith("on", StringComparison.Ordinal))
            {
                problems.Add($"<{name} {attributeName}> event handler");
            }
            else if (attributeName is "srcdoc" or "formaction")
            {
                problems.Add($"<{name} {attributeName}> attribute");
            }
            else if (s_urlAttributes.Contains(attributeName) && HasScriptScheme(attribute.Value))
            {
                problems.Add($"<{name} {attributeName}=\"{attribute.Value}\"> script or data URL");
            }
            else if (attributeName == "style" && HasForbiddenStyle(attribute.Value))
            {
                problems.Add($"<{name} style=\"{attribute.Value}\"> dangerous CSS");
            }
        }
    }

    private static bool HasScriptScheme(string value)
    {
        var folded = Fold(value);
        return s_scriptSchemes.Any(scheme => folded.StartsWith(scheme, StringComparison.Ordinal) || folded.Contains("url=" + scheme, StringComparison.Ordinal));
    }

    private static bool HasForbiddenStyle(string value)
    {
        var folded = Fold(value.Replace("/**/", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal));
        return s_forbiddenStyle.Any(word => folded.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>Browsers ignore whitespace and control characters inside a scheme, and case.</summary>
    private static string Fold(string value) =>
        new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
}
