using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>
/// A trainee completes the shipped MOPA track `mopa.ant` with the CLI alone — lessons, the four final
/// quizzes (plugin question types included), progress — and receives a certificate that verifies.
/// </summary>
public sealed partial class MopaTrackEndToEndTests
{
    private static readonly string[] s_modules = ["mopa.social-networks", "mopa.blogs", "mopa.maps", "mopa.e-booking"];

    [Test]
    public void A_trainee_completes_mopa_ant_and_gets_a_certificate_that_verifies()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        Assert.That(TrainingCli.Run(data.Path, "trainees", "add", "camille", "--name", "Camille Laborde", "--email", "camille@ot-medoc.example").ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "enroll", "camille", "mopa.ant").ExitCode, Is.Zero);

        using (var start = JsonDocument.Parse(TrainingCli.Run(data.Path, "progress", "camille", "--json").StdOut))
        {
            var next = start.RootElement.GetProperty("next");
            Assert.That(
                (next.GetProperty("track").GetString(), next.GetProperty("module").GetString(), next.GetProperty("kind").GetString()),
                Is.EqualTo(("mopa.ant", s_modules[0], "lesson")),
                "a new trainee's next step is the first lesson of the track's first module");
        }

        foreach (var module in s_modules)
        {
            using var details = JsonDocument.Parse(TrainingCli.Run(data.Path, "modules", "show", module, "--json").StdOut);
            foreach (var lesson in details.RootElement.GetProperty("lessons").EnumerateArray())
            {
                var completed = TrainingCli.Run(data.Path, "lesson", "complete", "camille", $"{module}/{lesson.GetProperty("id").GetString()}");
                Assert.That(completed.ExitCode, Is.Zero, completed.ToString());
            }

            var sheet = work.Write($"{module}.json", AnswerSheet(data.Path, module).ToJsonString());
            var taken = TrainingCli.Run(data.Path, "quiz", "take", "camille", $"{module}/final", "--answers", sheet, "--json");
            Assert.That(taken.ExitCode, Is.Zero, taken.ToString());
            using var attempt = JsonDocument.Parse(taken.StdOut);
            Assert.That(attempt.RootElement.GetProperty("passed").GetBoolean(), Is.True, $"{module}: {taken.StdOut}");
        }

        using var progress = JsonDocument.Parse(TrainingCli.Run(data.Path, "progress", "camille", "--json").StdOut);
        Assert.That(progress.RootElement.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("status").GetString()), Is.All.EqualTo("completed"));
        var track = progress.RootElement.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "mopa.ant");
        Assert.That(track.GetProperty("completed").GetBoolean(), Is.True);
        Assert.That(progress.RootElement.GetProperty("next").ValueKind, Is.EqualTo(JsonValueKind.Null), "nothing is left once the track is completed");
        var certificateId = track.GetProperty("certificateId").GetString()!;

        var credential = Path.Combine(work.Path, "camille.jwt");
        var key = Path.Combine(work.Path, "issuer.jwk");
        Assert.That(TrainingCli.Run(data.Path, "certificates", "export", certificateId, "-o", credential).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "certificates", "issuer-key", "-o", key).ExitCode, Is.Zero);
        using var verifier = new TempDirectory();
        var verified = TrainingCli.Run(verifier.Path, "certificates", "verify", credential, "--issuer-key", key, "--json");
        Assert.That(verified.ExitCode, Is.Zero, verified.ToString());
        using var result = JsonDocument.Parse(verified.StdOut);
        Assert.That(result.RootElement.GetProperty("track").GetString(), Is.EqualTo("mopa.ant"));
        var validity = result.RootElement.GetProperty("expiresAt").GetDateTimeOffset() - result.RootElement.GetProperty("issuedAt").GetDateTimeOffset();
        Assert.That(validity.TotalDays, Is.InRange(729, 732), "mopa.ant certificates are valid 24 months");
    }

    /// <summary>Builds a sheet of right answers from how the platform understood the quiz, as a trainer would from the key.</summary>
    private static JsonObject AnswerSheet(string data, string module)
    {
        using var inspection = JsonDocument.Parse(TrainingCli.Run(data, "quiz", "inspect", $"{module}/final", "--json").StdOut);
        var gift = File.ReadAllText(Path.Combine(TrainingCli.HostDirectory, "modules", module, "content", "quizzes", "final.gift"));
        var sheet = new JsonObject();
        foreach (var question in inspection.RootElement.GetProperty("questions").EnumerateArray())
        {
            var id = question.GetProperty("id").GetString()!;
            var answers = question.GetProperty("answers").EnumerateArray().ToList();
            var choices = question.GetProperty("choices").EnumerateArray().ToList();
            JsonNode? answer = question.GetProperty("type").GetString() switch
            {
                "single-choice" => choices.First(c => c.GetProperty("fraction").GetDouble() >= 1).GetProperty("text").GetString(),
                "multiple-choice" => new JsonArray(choices.Where(c => c.GetProperty("fraction").GetDouble() > 0).Select(c => (JsonNode?)c.GetProperty("text").GetString()).ToArray()),
                "true-false" => answers[0].GetProperty("value").GetBoolean(),
                "short-answer" => answers.First(a => a.GetProperty("fraction").GetDouble() >= 1).GetProperty("text").GetString(),
                "numerical" => Middle(answers.First(a => a.GetProperty("fraction").GetDouble() >= 1)),
                "matching" => new JsonObject(question.GetProperty("pairs").EnumerateArray()
                    .Where(p => p.GetProperty("left").GetString()!.Length > 0)
                    .Select(p => KeyValuePair.Create(p.GetProperty("left").GetString()!, (JsonNode?)p.GetProperty("right").GetString()))),
                "mopa.map-point" => MapTarget(gift, id),
                "mopa.net-rate" => NetRate(gift, id),
                _ => null, // other plugin types are left unanswered: the pass mark is reached without them
            };
            if (answer is not null)
            {
                sheet[id] = answer;
            }
        }

        return sheet;
    }

    private static double Middle(JsonElement numerical) =>
        numerical.GetProperty("value").ValueKind == JsonValueKind.Number
            ? numerical.GetProperty("value").GetDouble()
            : (numerical.GetProperty("min").GetDouble() + numerical.GetProperty("max").GetDouble()) / 2;

    private static JsonObject MapTarget(string gift, string id)
    {
        var target = TargetPattern().Match(Block(gift, id));
        return new JsonObject
        {
            ["lat"] = double.Parse(target.Groups[1].Value, CultureInfo.InvariantCulture),
            ["lon"] = double.Parse(target.Groups[2].Value, CultureInfo.InvariantCulture),
        };
    }

    private static double NetRate(string gift, string id)
    {
        var block = Block(gift, id);
        var net = double.Parse(NetPattern().Match(block).Groups[1].Value, CultureInfo.InvariantCulture);
        var commission = double.Parse(CommissionPattern().Match(block).Groups[1].Value, CultureInfo.InvariantCulture) / 100;
        return Math.Round(net / (1 - commission), 2);
    }

    private static string Block(string gift, string id)
    {
        var start = gift.IndexOf($"[id:{id}]", StringComparison.Ordinal);
        return gift[start..gift.IndexOf('}', start)];
    }

    [GeneratedRegex(@"target=(-?[\d.]+),(-?[\d.]+)")]
    private static partial Regex TargetPattern();

    [GeneratedRegex(@"net=([\d.]+)")]
    private static partial Regex NetPattern();

    [GeneratedRegex(@"commission=([\d.]+)%")]
    private static partial Regex CommissionPattern();
}
