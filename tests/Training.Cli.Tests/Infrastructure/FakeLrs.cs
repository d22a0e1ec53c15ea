using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Training.Cli.Tests.Infrastructure;

/// <summary>
/// A Learning Record Store stand-in on 127.0.0.1 (an ephemeral port, loopback only): it records every
/// request, answers each with the status <see cref="Respond"/> chooses, and for 200 returns the
/// statement ids as an LRS does.
/// </summary>
public sealed class FakeLrs : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly List<LrsRequest> _requests = [];

    public FakeLrs(Func<int, HttpStatusCode> respond)
    {
        Respond = respond;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = $"http://127.0.0.1:{port}/xapi/";
        _listener.Prefixes.Add(Endpoint);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The LRS endpoint to pass to --post.</summary>
    public string Endpoint { get; }

    /// <summary>The status for the n-th request (from 1).</summary>
    public Func<int, HttpStatusCode> Respond { get; }

    public IReadOnlyList<LrsRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The statements of the requests answered with 200.</summary>
    public IReadOnlyList<JsonObject> Stored => Requests.Where(r => r.Status == HttpStatusCode.OK)
        .SelectMany(r => JsonNode.Parse(r.Body)!.AsArray().Select(s => s!.AsObject())).ToList();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending accept: that is how the loop ends.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            int number;
            lock (_requests)
            {
                number = _requests.Count + 1;
            }

            var status = Respond(number);
            var request = new LrsRequest(
                context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["X-Experience-API-Version"],
                context.Request.ContentType, context.Request.Headers["Authorization"], body, status);
            lock (_requests)
            {
                _requests.Add(request);
            }

            var answer = status == HttpStatusCode.OK
                ? new JsonArray(JsonNode.Parse(body)!.AsArray().Select(s => (JsonNode)JsonValue.Create((string)s!["id"]!)).ToArray()).ToJsonString()
                : """{"error":"try later"}""";
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
