using NUnit.Framework;

namespace Training.TestSupport.Html;

/// <summary>
/// The project's XSS corpus (<c>Html/xss-payloads.txt</c>): script elements, event handlers,
/// <c>javascript:</c>/<c>vbscript:</c>/<c>data:</c> URLs in encoded and mixed-case disguises, SVG and
/// MathML payloads, CSS expressions, embedded documents, page hijacking and mutation XSS.
/// </summary>
public static class XssCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> s_payloads = new(Load);

    /// <summary>Every payload, in file order.</summary>
    public static IReadOnlyList<string> Payloads => s_payloads.Value;

    /// <summary>The payloads as NUnit cases, named by their line in the file.</summary>
    /// <returns>One case per payload.</returns>
    public static IEnumerable<TestCaseData> Cases() =>
        Payloads.Select((payload, index) => new TestCaseData(payload).SetArgDisplayNames($"xss {index + 1:000}: {Shorten(payload)}"));

    private static string Shorten(string payload) => payload.Length <= 50 ? payload : payload[..50] + "…";

    private static IReadOnlyList<string> Load()
    {
        using var stream = typeof(XssCorpus).Assembly.GetManifestResourceStream("xss-payloads.txt")
            ?? throw new InvalidOperationException("The embedded XSS corpus is missing.");
        using var reader = new StreamReader(stream);
        var payloads = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                payloads.Add(line.Replace("\\n", "\n", StringComparison.Ordinal));
            }
        }

        return payloads;
    }
}
