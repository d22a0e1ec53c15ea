using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <summary>
/// Sends statements to a Learning Record Store: POST <c>{endpoint}/statements</c> in batches, with the
/// xAPI version header and HTTP basic authentication. A batch that gets 5xx, 429 or no answer in time
/// is tried again after a doubling wait (or the LRS's <c>Retry-After</c>); any other refusal stops at once.
/// </summary>
public sealed class LrsClient
{
    private readonly HttpClient _http;
    private readonly Uri _statements;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly LrsClientOptions _options;

    /// <summary>Creates a client.</summary>
    /// <param name="http">The HTTP client (its own timeout is not used: <see cref="LrsClientOptions.RequestTimeout"/> is).</param>
    /// <param name="endpoint">The LRS endpoint, e.g. <c>https://lrs.example.org/xapi/</c>.</param>
    /// <param name="user">The basic-auth user, or null for none.</param>
    /// <param name="password">The basic-auth password.</param>
    /// <param name="options">Batching and retries.</param>
    public LrsClient(HttpClient http, Uri endpoint, string? user, string? password, LrsClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        _http = http;
        _options = options ?? new LrsClientOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1);
        var text = endpoint.AbsoluteUri;
        _statements = new Uri(text.EndsWith('/') ? text + "statements" : text + "/statements");
        if (user is not null)
        {
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
    }

    /// <summary>The URL statements are posted to.</summary>
    public Uri StatementsUrl => _statements;

    /// <summary>Posts every statement, batch by batch.</summary>
    /// <param name="statements">The statements.</param>
    /// <param name="cancellationToken">Stops between tries.</param>
    /// <returns>How many statements the LRS stored.</returns>
    /// <exception cref="LrsException">A batch still failed after the retries, or was refused.</exception>
    public async Task<int> PostAsync(IReadOnlyList<JsonObject> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var stored = 0;
        var batches = statements.Chunk(_options.BatchSize).ToList();
        for (var index = 0; index < batches.Count; index++)
        {
            var body = new JsonArray(batches[index].Select(s => (JsonNode)s.DeepClone()).ToArray()).ToJsonString();
            stored += await PostBatchAsync(body, batches[index].Length, index + 1, batches.Count, stored, cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }

    private async Task<int> PostBatchAsync(string body, int count, int batch, int batches, int storedBefore, CancellationToken cancellationToken)
    {
        var delay = _options.InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            HttpStatusCode? status = null;
            string failure;
            TimeSpan? retryAfter = null;
            Exception? error = null;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.RequestTimeout);
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, _statements) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    request.Headers.Add("X-Experience-API-Version", "1.0.3");
                    request.Headers.Authorization = _authorization;
                    using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        return await StoredCountAsync(response, count, timeout.Token).ConfigureAwait(false);
                    }

                    status = response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                    failure = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{Excerpt(text)}";
                    retryAfter = response.Headers.RetryAfter?.Delta;
                    if (!IsTransient(response.StatusCode))
                    {
                        throw new LrsException(
                            $"The LRS refused batch {batch} of {batches} ({count} statements) at {_statements}: {failure}. {storedBefore} statements were stored before it.",
                            batch, status, storedBefore);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    error = ex;
                    failure = ex is OperationCanceledException ? $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s" : ex.Message;
                }
            }

            if (attempt >= _options.MaxAttempts)
            {
                throw new LrsException(
                    $"Batch {batch} of {batches} ({count} statements) failed {attempt} times at {_statements}: {failure}. {storedBefore} statements were stored before it; exporting again is safe (statement ids do not change).",
                    batch, status, storedBefore, error);
            }

            var wait = retryAfter is { } asked && asked > delay ? asked : delay;
            await Task.Delay(wait < _options.MaxDelay ? wait : _options.MaxDelay, _options.Time, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.RequestTimeout;

    private static async Task<int> StoredCountAsync(HttpResponseMessage response, int sent, CancellationToken cancellationToken)
    {
        // An LRS answers a POST with the ids it stored; trust that count when it gives one.
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(text) is JsonArray ids ? ids.Count : sent;
        }
        catch (System.Text.Json.JsonException)
        {
            return sent;
        }
    }

    private static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? string.Empty : ": " + (line.Length > 200 ? line[..200] + "…" : line);
    }
}
