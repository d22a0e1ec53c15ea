using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Training.Cli.Hosting;
using Training.Engine.Xapi;

namespace Training.Cli.Commands;

/// <summary><c>training xapi export</c>: learning events as xAPI 1.0.3 statements, to a file, stdout or an LRS (docs/coordinators.md).</summary>
internal static class XapiCommands
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(GlobalOptions options)
    {
        var xapi = new Command("xapi", "Learning records in the xAPI standard, for a Learning Record Store.");
        xapi.Subcommands.Add(Export(options));
        return xapi;
    }

    private static Command Export(GlobalOptions options)
    {
        var since = new Option<string?>("--since") { Description = "Only events at or after this time (ISO 8601, e.g. 2025-01-31 or 2025-01-31T08:00:00Z; UTC when no offset).", HelpName = "ISO8601" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the statements (a JSON array) to this file instead of stdout.", HelpName = "FILE" };
        var post = new Option<string?>("--post") { Description = "Send the statements to this LRS endpoint (POST {URL}/statements, batches of 50, retried).", HelpName = "URL" };
        var user = new Option<string?>("--user") { Description = "The LRS basic-auth user.", HelpName = "U" };
        var password = new Option<string?>("--password") { Description = "The LRS basic-auth password (default: $TRAINING_LRS_PASSWORD).", HelpName = "P" };
        var baseIri = new Option<string?>("--base-iri") { Description = $"The prefix of activity IRIs (default: $TRAINING_XAPI_BASE_IRI, else {XapiOptions.DefaultBaseIri}).", HelpName = "IRI" };
        var homePage = new Option<string?>("--home-page") { Description = "The account homePage of trainees without an e-mail (default: $TRAINING_XAPI_HOME_PAGE, else the base IRI's origin).", HelpName = "IRI" };
        var command = new Command("export", "Export learning events as xAPI 1.0.3 statements (a JSON array), or send them to an LRS.");
        foreach (var option in new[] { since, output, post, user, password, baseIri, homePage })
        {
            command.Options.Add(option);
        }

        return command.WithAction(options, (context, parse) =>
        {
            var from = ParseSince(parse.GetValue(since));
            var xapiOptions = new XapiOptions
            {
                BaseIri = parse.GetValue(baseIri) ?? Environment.GetEnvironmentVariable("TRAINING_XAPI_BASE_IRI") ?? XapiOptions.DefaultBaseIri,
                AccountHomePage = parse.GetValue(homePage) ?? NonEmpty(Environment.GetEnvironmentVariable("TRAINING_XAPI_HOME_PAGE")),
            };
            XapiExporter exporter;
            try
            {
                exporter = new XapiExporter(context.Catalog, xapiOptions);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            var statements = exporter.Export(RecordsErrors.Guard(() => context.Records.ListEvents()), from);
            var file = parse.GetValue(output);
            var url = parse.GetValue(post);
            if (file is not null)
            {
                var path = Path.GetFullPath(file);
                File.WriteAllText(path, ToJson(statements) + "\n");
                if (url is null)
                {
                    Report(context, new { exported = statements.Count, file = path }, $"Exported {statements.Count} xAPI statements to {path}.");
                }
            }

            if (url is not null)
            {
                var stored = Post(statements, url, parse.GetValue(user), parse.GetValue(password));
                Report(context, new { exported = statements.Count, stored, url }, $"Stored {stored} of {statements.Count} xAPI statements at {url}.");
            }
            else if (file is null)
            {
                context.Out.WriteLine(ToJson(statements));
            }

            return ExitCodes.Ok;
        });
    }

    private static int Post(IReadOnlyList<JsonObject> statements, string url, string? user, string? password)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"--post needs an absolute http(s) URL of an LRS endpoint (e.g. https://lrs.example.org/xapi/), not '{url}'.");
        }

        password ??= NonEmpty(Environment.GetEnvironmentVariable("TRAINING_LRS_PASSWORD"));
        if ((user is null) != (password is null))
        {
            throw new CliException("Give both --user and --password (or $TRAINING_LRS_PASSWORD) for an LRS with basic authentication, or neither.");
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new LrsClient(http, endpoint, user, password);
        try
        {
            return client.PostAsync(statements).GetAwaiter().GetResult();
        }
        catch (LrsException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static DateTimeOffset? ParseSince(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var since)
            && text.Length >= 10 && char.IsDigit(text[0]))
        {
            return since;
        }

        throw new CliException($"--since '{text}' is not an ISO 8601 date or time; give e.g. 2025-01-31 or 2025-01-31T08:00:00Z.");
    }

    private static void Report(CliContext context, object json, string text)
    {
        if (context.Json)
        {
            context.Out.WriteJson(json);
        }
        else
        {
            context.Out.WriteLine(text);
        }
    }

    private static string ToJson(IReadOnlyList<JsonObject> statements) =>
        new JsonArray(statements.Select(s => (JsonNode)s.DeepClone()).ToArray()).ToJsonString(s_indented);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
