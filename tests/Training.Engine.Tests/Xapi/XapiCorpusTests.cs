using System.Text.Json.Nodes;
using Training.Engine.Xapi;
using Training.TestSupport;

namespace Training.Engine.Tests.Xapi;

/// <summary>The validator against ADL's LRS conformance statements (../shared/corpora/xapi-lrs-conformance).</summary>
public sealed class XapiCorpusTests
{
    /// <summary>
    /// Invalid cases whose refusal depends on an LRS, not on the statement alone. Each is listed with
    /// the reason; the test fails if one of them starts being rejected (then remove it from here).
    /// </summary>
    /// <remarks>Empty today: every invalid case of the corpus is refusable from the statement alone.</remarks>
    private static readonly Dictionary<string, string> s_lrsOnlyInvalid = [];

    [Test]
    public void Every_valid_corpus_statement_is_accepted()
    {
        var cases = Load("valid_statements.json");
        var rejected = cases
            .Select(c => (Id: c["id"]!.GetValue<string>(), Case: c["case"]!.GetValue<string>(), Errors: XapiStatementValidator.Validate(c["statement"])))
            .Where(r => r.Errors.Count > 0)
            .ToList();

        TestContext.Out.WriteLine($"valid_statements.json: {cases.Count - rejected.Count}/{cases.Count} accepted");
        Assert.That(rejected.Select(r => $"{r.Id} ({r.Case}): {string.Join("; ", r.Errors)}"), Is.Empty);
    }

    [Test]
    public void Every_invalid_corpus_statement_is_rejected_except_the_documented_lrs_only_cases()
    {
        var cases = Load("invalid_statements.json");
        var accepted = cases
            .Where(c => XapiStatementValidator.IsValid(c["statement"]))
            .Select(c => (Id: c["id"]!.GetValue<string>(), Case: c["case"]!.GetValue<string>()))
            .ToList();
        var unexpected = accepted.Where(a => !s_lrsOnlyInvalid.ContainsKey(a.Id)).Select(a => $"{a.Id} ({a.Case})").ToList();
        var noLongerAccepted = s_lrsOnlyInvalid.Keys.Except(accepted.Select(a => a.Id)).ToList();

        TestContext.Out.WriteLine(
            $"invalid_statements.json: {cases.Count - accepted.Count}/{cases.Count} rejected; {accepted.Count} accepted, all documented LRS-only cases: " +
            string.Join("; ", s_lrsOnlyInvalid.Select(e => $"{e.Key}: {e.Value}")));
        Assert.That(unexpected, Is.Empty, "invalid statements the validator accepted");
        Assert.That(noLongerAccepted, Is.Empty, "documented exceptions that are now rejected: remove them from the list");
    }

    private static List<JsonNode> Load(string file)
    {
        var path = RepositoryPaths.RequireShared(Path.Combine("corpora", "xapi-lrs-conformance", file));
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(n => n!).ToList();
    }
}
