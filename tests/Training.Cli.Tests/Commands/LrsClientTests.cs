using System.Net;
using System.Text.Json.Nodes;
using Training.Cli.Tests.Infrastructure;
using Training.Engine.Xapi;

namespace Training.Cli.Tests.Commands;

/// <summary>The engine's LRS client against the loopback fake LRS: batching and retry on 429.</summary>
public sealed class LrsClientTests
{
    [Test]
    public async Task Statements_go_in_batches_of_fifty_and_a_429_is_retried()
    {
        using var lrs = new FakeLrs(n => n == 2 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
        using var http = new HttpClient();
        var client = new LrsClient(http, new Uri(lrs.Endpoint), "u", "p", new LrsClientOptions { InitialDelay = TimeSpan.FromMilliseconds(10) });
        var statements = Enumerable.Range(0, 120).Select(i => new JsonObject { ["id"] = Guid.NewGuid().ToString() }).ToList();

        var stored = await client.PostAsync(statements);

        Assert.That(stored, Is.EqualTo(120));
        Assert.That(lrs.Requests.Select(r => (r.Status, JsonNode.Parse(r.Body)!.AsArray().Count)), Is.EqualTo(new[]
        {
            (HttpStatusCode.OK, 50), (HttpStatusCode.TooManyRequests, 50), (HttpStatusCode.OK, 50), (HttpStatusCode.OK, 20),
        }));
        Assert.That(lrs.Stored.Select(s => (string)s["id"]!), Is.EqualTo(statements.Select(s => (string)s["id"]!)));
    }

    [Test]
    public async Task A_client_error_is_not_retried_and_names_the_batch()
    {
        using var lrs = new FakeLrs(n => n == 1 ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        using var http = new HttpClient();
        var client = new LrsClient(http, new Uri(lrs.Endpoint), null, null, new LrsClientOptions { BatchSize = 2, InitialDelay = TimeSpan.FromMilliseconds(10) });
        var statements = Enumerable.Range(0, 3).Select(i => new JsonObject { ["id"] = Guid.NewGuid().ToString() }).ToList();

        var error = await Assert.ThrowsAsync<LrsException>(() => client.PostAsync(statements));

        Assert.That(error!.Batch, Is.EqualTo(2));
        Assert.That(error.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.Stored, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("batch 2 of 2").And.Contain("HTTP 400"));
        Assert.That(lrs.Requests, Has.Count.EqualTo(2));
        Assert.That(lrs.Requests.Select(r => r.Authorization), Has.All.Null);
    }
}
