using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;
using Training.TestSupport.Html;

namespace Training.Cli.Tests.Commands;

/// <summary>The XSS corpus through the real command: every HTML the CLI prints or writes is safe.</summary>
public sealed class HostileContentTests
{
    private const string Title = "Piège <script>alert(1)</script> & <img src=x onerror=alert(2)>";

    [Test]
    public void Lesson_show_html_neutralises_every_payload_in_the_title_and_body()
    {
        using var data = new TempDirectory();
        using var modules = new TempDirectory();
        modules.Write("xss/module.yaml", "id: tests.xss\nversion: 1.0.0\nsdk: ^1.0\ntitle: { fr: XSS, en: XSS }\nlessons:\n  - { id: page, file: lessons/page.md }\n");
        var body = new StringBuilder("---\ntitle: '" + Title + "'\n---\n**Début**\n\n");
        foreach (var payload in XssCorpus.Payloads)
        {
            body.Append(payload).Append("\n\n");
        }

        modules.Write("xss/lessons/page.md", body.ToString());

        var html = TrainingCli.Run(data.Path, "lesson", "show", "tests.xss/page", "--format", "html", "--modules", modules.Path);
        var json = TrainingCli.Run(data.Path, "lesson", "show", "tests.xss/page", "--format", "html", "--json", "--modules", modules.Path);
        var text = TrainingCli.Run(data.Path, "lesson", "show", "tests.xss/page", "--modules", modules.Path);

        Assert.That(html.ExitCode, Is.Zero, html.ToString());
        Assert.That(html.StdOut, Does.StartWith("<h1>Piège &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;</h1>"));
        Assert.That(html.StdOut, Does.Contain("<strong>Début</strong>"));
        SafeHtml.AssertSafe(html.StdOut, "training lesson show --format html");
        using var document = JsonDocument.Parse(json.StdOut);
        Assert.That(document.RootElement.GetProperty("format").GetString(), Is.EqualTo("html"));
        Assert.That(document.RootElement.GetProperty("content").GetString(), Is.EqualTo(html.StdOut.TrimEnd('\n') + "\n").Or.EqualTo(html.StdOut.TrimEnd('\n')));
        Assert.That(text.StdOut, Does.StartWith(Title + "\n"), "the text format prints the lesson as written, for a terminal");
    }

    [Test]
    public void The_html_cohort_report_neutralises_every_payload_in_names_and_titles()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var good = TestModules.Good;
        var payloads = XssCorpus.Payloads.Where(p => !p.Any(char.IsControl) && p.Length <= 200).ToList(); // names refuse control characters
        Ok(TrainingCli.Run(data.Path, "cohorts", "create", "spring", "--track", "tests.track", "--title", Title, "--modules", good));
        var roster = new StringBuilder("id,name,email\n");
        for (var index = 0; index < payloads.Count; index++)
        {
            roster.Append(System.Globalization.CultureInfo.InvariantCulture, $"t{index:000},\"{payloads[index].Replace("\"", "\"\"", StringComparison.Ordinal)}\",\n");
        }

        Ok(TrainingCli.Run(data.Path, "cohorts", "import", "spring", work.Write("roster.csv", roster.ToString()), "--modules", good));
        var file = Path.Combine(work.Path, "report.html");

        Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--format", "html", "-o", file, "--modules", good));
        var html = File.ReadAllText(file);

        // The report is a whole page with its own style, CSP meta tags, chart, sort buttons and script: those
        // are expected; anything else flagged came from a name or a title.
        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script");
        Assert.That(scripts, Has.Length.EqualTo(1));
        Assert.That(scripts[0].TextContent, Does.Not.Contain("alert"));
        var problems = SafeHtml.FindProblems(html).Where(p => p is not ("<script> element" or "<style> element" or "<meta> element" or "<svg> element" or "<button> element"));
        Assert.That(problems, Is.Empty);
        Assert.That(document.QuerySelectorAll("[data-trainee]").Select(e => e.QuerySelector("title")!.TextContent), Has.Some.StartWith(payloads[0]));
    }

    private static void Ok(CliResult result) => Assert.That(result.ExitCode, Is.Zero, result.ToString());
}
