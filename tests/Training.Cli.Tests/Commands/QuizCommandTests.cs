using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

public sealed class QuizCommandTests
{
    [Test]
    public void Inspect_a_gift_file_shows_types_ids_and_fractions()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var file = work.Write("quiz.gift", """
            // [id:capital]
            ::Capitale::Quelle est la préfecture de la Gironde ?{=Bordeaux#Oui. ~Pau#Non.}

            ::Poids::Choisissez les départements aquitains.{~%50%Gironde ~%50%Landes ~%-100%Cantal}

            Le Médoc produit du vin.{T}
            """);

        var result = TrainingCli.Run(data.Path, "quiz", "inspect", file, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToList();
        Assert.That(questions.Select(q => q.GetProperty("id").GetString()), Is.EqualTo(new[] { "capital", "poids", "q3" }));
        Assert.That(questions.Select(q => q.GetProperty("type").GetString()), Is.EqualTo(new[] { "single-choice", "multiple-choice", "true-false" }));
        var choices = questions[1].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("fraction").GetDouble()).ToList();
        Assert.That(choices, Is.EqualTo(new[] { 0.5, 0.5, -1.0 }));
        var warning = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.That(warning.GetProperty("severity").GetString(), Is.EqualTo("warning"));
        Assert.That(warning.GetProperty("line").GetInt32(), Is.EqualTo(6));
    }

    [Test]
    public void Inspect_a_broken_gift_file_exits_one_with_positions()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var file = work.Write("broken.gift", "// [id:a]\nQuestion {=oui ~non\n\n// [id:b]\nAutre {#abc}\n");

        var result = TrainingCli.Run(data.Path, "quiz", "inspect", file);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdOut, Does.Match(@"broken\.gift:2:\d+: error TRN0\d\d"));
        Assert.That(result.StdOut, Does.Match(@"broken\.gift:5:\d+: error TRN0\d\d"), "one bad question does not hide the next one's error");
    }

    [Test]
    public void Inspect_a_module_quiz_includes_plugin_types()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "quiz", "inspect", "samples.ordering/final", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.That(json.RootElement.GetProperty("questions")[0].GetProperty("type").GetString(), Is.EqualTo("samples.ordering"));
    }

    [Test]
    public void Grade_scores_a_sheet_without_recording_it()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var sheet = work.Write("answers.json", """{ "capital": "Bordeaux", "true-statement": false }""");

        var result = TrainingCli.Run(data.Path, "quiz", "grade", "tests.basics/check", "--answers", sheet, "--json", "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(1));
        Assert.That(root.GetProperty("maxScore").GetDouble(), Is.EqualTo(2));
        Assert.That(root.GetProperty("percent").GetDouble(), Is.EqualTo(50));
        Assert.That(root.GetProperty("passed").GetBoolean(), Is.False);
        var results = root.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("result").GetString()).ToList();
        Assert.That(results, Is.EqualTo(new[] { "correct", "incorrect" }));
        Assert.That(root.GetProperty("questions")[0].GetProperty("feedback").GetString(), Does.Contain("Oui"));
    }

    [Test]
    public void Grade_refuses_an_unknown_question_naming_it()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var sheet = work.Write("answers.json", """{ "capitale": "Bordeaux" }""");

        var result = TrainingCli.Run(data.Path, "quiz", "grade", "tests.basics/check", "--answers", sheet, "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.Contain("capitale"));
    }

    [Test]
    public void Grade_refuses_a_wrong_value_shape_naming_the_question()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var sheet = work.Write("answers.json", """{ "true-statement": "maybe" }""");

        var result = TrainingCli.Run(data.Path, "quiz", "grade", "tests.basics/check", "--answers", sheet, "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.Contain("true-statement"));
    }

    [Test]
    public void Grade_reports_malformed_json_with_its_position()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var sheet = work.Write("answers.json", "{\n  \"capital\": Bordeaux\n}");

        var result = TrainingCli.Run(data.Path, "quiz", "grade", "tests.basics/check", "--answers", sheet, "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.Contain("answers.json:2:"));
    }
}
