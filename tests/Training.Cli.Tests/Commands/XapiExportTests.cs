using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Training.Cli.Tests.Infrastructure;
using Training.Engine.Xapi;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary><c>training xapi export</c> through the real process, on records made by the real commands.</summary>
public sealed class XapiExportTests
{
    private static readonly string s_modules = Path.Combine(RepositoryPaths.Root, "tests", "modules", "records");
    private TempDirectory _data = null!;

    [OneTimeSetUp]
    public void Record()
    {
        _data = new TempDirectory();
        Run("trainees", "add", "jane", "--name", "Jane Doe", "--email", "jane@example.org");
        Run("trainees", "add", "bob", "--name", "Bob Martin");
        Run("enroll", "jane", "rec.track");
        Run("enroll", "bob", "rec.solo");
        Run("lesson", "complete", "jane", "rec.basics/intro");
        Run("quiz", "take", "jane", "rec.basics/check", "--answers", Sheet("""{ "t1": false, "t2": true }"""));
        Run("quiz", "take", "jane", "rec.basics/check", "--answers", Sheet("""{ "t1": true, "t2": false }"""));
        Run("quiz", "take", "jane", "rec.basics/timed", "--answers", Sheet("""{ "t1": true }"""));
        Run("lesson", "complete", "jane", "rec.basics/details");
        Run("quiz", "take", "jane", "rec.advanced/final", "--answers", Sheet("""{ "a1": true, "a2": false }"""));
    }

    [OneTimeTearDown]
    public void Clean() => _data.Dispose();

    [Test]
    public void Export_writes_valid_statements_for_lessons_attempts_completions_and_the_certificate()
    {
        var result = Training("xapi", "export", "--base-iri", "https://lms.example.org/xapi");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var statements = JsonNode.Parse(result.StdOut)!.AsArray().Select(s => s!.AsObject()).ToList();
        var verbs = statements.Select(s => s["verb"]!["id"]!.GetValue<string>().Split('/')[^1]).ToList();
        Assert.That(verbs, Is.SupersetOf(new[] { "registered", "completed", "attempted", "answered", "passed", "failed", "earned" }));
        Assert.That(statements.SelectMany(s => XapiStatementValidator.Validate(s)), Is.Empty);
        Assert.That(statements.Select(s => s["object"]!["id"]!.GetValue<string>()), Has.All.StartWith("https://lms.example.org/xapi/"));
        Assert.That(statements.Count(s => s["actor"]!["account"] is not null), Is.EqualTo(1), "bob has no e-mail: his enrolment uses an account");
    }

    [Test]
    public void Export_to_a_file_is_the_same_array_and_stable_across_runs()
    {
        var file = Path.Combine(_data.Path, "statements.json");

        var toFile = Training("xapi", "export", "-o", file, "--json");
        var toStdout = Training("xapi", "export");

        Assert.That(toFile.ExitCode, Is.Zero, toFile.ToString());
        var summary = JsonNode.Parse(toFile.StdOut)!;
        Assert.That(summary["file"]!.GetValue<string>(), Is.EqualTo(file));
        Assert.That(JsonNode.Parse(File.ReadAllText(file))!.ToJsonString(), Is.EqualTo(JsonNode.Parse(toStdout.StdOut)!.ToJsonString()));
        Assert.That(summary["exported"]!.GetValue<int>(), Is.EqualTo(JsonNode.Parse(toStdout.StdOut)!.AsArray().Count));
    }

    [Test]
    public void Since_filters_by_event_time_and_bad_dates_exit_1()
    {
        var all = JsonNode.Parse(Training("xapi", "export").StdOut)!.AsArray();
        var middle = all[all.Count / 2]!["timestamp"]!.GetValue<string>();

        var later = Training("xapi", "export", "--since", middle);
        var future = Training("xapi", "export", "--since", "2999-01-01");
        var bad = Training("xapi", "export", "--since", "last tuesday");

        var kept = JsonNode.Parse(later.StdOut)!.AsArray();
        Assert.That(kept.Count, Is.GreaterThan(0).And.LessThan(all.Count));
        Assert.That(kept.Select(s => DateTimeOffset.Parse(s!["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)),
            Has.All.GreaterThanOrEqualTo(DateTimeOffset.Parse(middle, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(JsonNode.Parse(future.StdOut)!.AsArray(), Is.Empty);
        Assert.That(bad.ExitCode, Is.EqualTo(1));
        Assert.That(bad.StdErr, Does.Contain("--since"));
    }

    [Test]
    public void Post_sends_batches_with_the_xapi_headers_and_basic_auth_and_retries_a_503()
    {
        using var lrs = new FakeLrs(n => n == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        var exported = JsonNode.Parse(Training("xapi", "export").StdOut)!.AsArray();

        var result = Training("xapi", "export", "--post", lrs.Endpoint, "--user", "coordinator", "--password", "s3cret");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain($"Stored {exported.Count} of {exported.Count}"));
        var requests = lrs.Requests;
        Assert.That(requests[0].Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(requests[1].Body, Is.EqualTo(requests[0].Body), "the refused batch is sent again");
        var auth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("coordinator:s3cret"));
        Assert.That(requests.Select(r => (r.Method, r.Path, r.Version, r.Authorization)), Has.All.EqualTo(("POST", "/xapi/statements", "1.0.3", auth)));
        Assert.That(requests.Select(r => r.ContentType), Has.All.StartsWith("application/json"));
        Assert.That(lrs.Stored.Select(s => s["id"]!.GetValue<string>()), Is.EqualTo(exported.Select(s => s!["id"]!.GetValue<string>())));
        Assert.That(requests.Select(r => JsonNode.Parse(r.Body)!.AsArray().Count), Has.All.LessThanOrEqualTo(50));
    }

    [Test]
    public void Post_fails_with_exit_1_naming_the_batch_and_status_when_the_lrs_keeps_failing()
    {
        using var lrs = new FakeLrs(_ => HttpStatusCode.InternalServerError);

        var result = Training("xapi", "export", "--post", lrs.Endpoint, "--user", "u", "--password", "p");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.Contain("Batch 1 of").And.Contain("HTTP 500"));
        Assert.That(result.StdErr.Trim().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");
        Assert.That(lrs.Requests, Has.Count.EqualTo(5), "tried five times");
    }

    [Test]
    public void Post_is_refused_with_a_user_but_no_password()
    {
        var result = Training("xapi", "export", "--post", "http://127.0.0.1:9/xapi/", "--user", "u");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("--password"));
    }

    private CliResult Training(params string[] args) =>
        TrainingCli.Run(_data.Path, [.. args, "--modules", Path.Combine(s_modules, "common"), "--modules", Path.Combine(s_modules, "v1")]);

    private void Run(params string[] args)
    {
        var result = Training(args);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    private string Sheet(string json)
    {
        var path = Path.Combine(_data.Path, $"sheet-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
