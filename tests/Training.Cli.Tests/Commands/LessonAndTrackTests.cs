using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

public sealed class LessonAndTrackTests
{
    [Test]
    public void Lesson_show_renders_text_in_the_chosen_language()
    {
        using var data = new TempDirectory();

        var french = TrainingCli.Run(data.Path, "lesson", "show", "tests.basics/welcome", "--modules", TestModules.Good);
        var english = TrainingCli.Run(data.Path, "lesson", "show", "tests.basics/welcome", "--lang", "en", "--modules", TestModules.Good);

        Assert.That(french.ExitCode, Is.Zero, french.ToString());
        Assert.That(french.StdOut, Does.StartWith("Bienvenue").And.Contain("**Lisez**"));
        Assert.That(english.StdOut, Does.StartWith("Welcome").And.Contain("**Read**"));
    }

    [Test]
    public void Lesson_show_renders_sanitized_html()
    {
        using var data = new TempDirectory();
        using var modules = new TempDirectory();
        modules.Write("xss/module.yaml", "id: tests.xss\nversion: 1.0.0\nsdk: ^1.0\ntitle: { fr: XSS, en: XSS }\nlessons:\n  - { id: page, file: lessons/page.md }\n");
        modules.Write("xss/lessons/page.md", "---\ntitle: Piège\n---\nBonjour <script>alert(1)</script> [lien](javascript:alert(2)) **gras**\n");

        var result = TrainingCli.Run(data.Path, "lesson", "show", "tests.xss/page", "--format", "html", "--modules", modules.Path);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("<strong>gras</strong>").And.Contain("<h1>Piège</h1>"));
        Assert.That(result.StdOut, Does.Not.Contain("<script").And.Not.Contain("javascript:"));
    }

    [Test]
    public void Unknown_lesson_names_the_existing_ones()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "lesson", "show", "tests.basics/nope", "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("welcome"));
    }

    [Test]
    public void Tracks_list_shows_modules_and_validity()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "tracks", "list", "--json", "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var track = json.RootElement.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "tests.track");
        Assert.That(track.GetProperty("title").GetString(), Is.EqualTo("Parcours de test"));
        Assert.That(track.GetProperty("modules").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "tests.basics" }));
        Assert.That(track.GetProperty("validity").GetString(), Is.EqualTo("P24M"));
        Assert.That(track.GetProperty("valid").GetBoolean(), Is.True);
    }
}
