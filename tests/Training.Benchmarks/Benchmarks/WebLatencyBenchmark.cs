using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Storage.Sqlite;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// p95 latency of the trainee dashboard and of a lesson page (#9) with 10,000 trainees in the store
/// and 50 signed-in clients hitting the real <c>Training.Web</c> process on loopback at once, against
/// the host's stylesheet (a static file: no page, no store) under the same load in the same process.
/// </summary>
internal sealed partial class WebLatencyBenchmark : IBenchmark
{
    private const string Module = "mopa.social-networks";
    private const string Password = "benchmark-password";
    private const string Dashboard = "/learn";
    private const string Lesson = "/learn/modules/" + Module + "/lessons/create-facebook-page";
    private const string Static = "/css/site.css";

    private static readonly string[] s_lessons =
        ["create-facebook-page", "facebook-page-name-username", "facebook-posting-moderation", "editorial-calendar", "twitter-x-basics"];

    public string Name => "web.latency";

    public int Order => 90;

    public IReadOnlyList<Figure> Run(BenchmarkContext context) => RunAsync(context).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context)
    {
        var trainees = context.Size(10_000, 1_000, 50);
        var clients = context.Size(50, 20, 4);
        var requests = context.Size(40, 20, 4);
        var data = Seed(context.Folder("web-data"), trainees, clients, context.Log);

        await using var web = await WebHost.Start(data);
        var sessions = new List<HttpClient>(clients);
        try
        {
            for (var c = 0; c < clients; c++)
            {
                sessions.Add(await SignIn(web.Address, $"bench{c:000}"));
            }

            // Warm-up until the host runs as it would after minutes of use: tiered JIT recompiles hot
            // methods only after many calls, then again with profile data, and a fixed number of requests
            // left much of that inside the measurement (host CPU per request fell by half between 10 s and
            // 30 s of load). So: rounds until the host's CPU per request stops falling, within bounds.
            var warmUp = Stopwatch.StartNew();
            var best = new List<double>();
            while (true)
            {
                var round = new WebLatencySample();
                foreach (var path in new[] { Static, Dashboard, Lesson })
                {
                    await round.Measure(() => web.ProcessorTime, () => Load(sessions, path, context.Size(10, 4, 1)));
                }

                best.Add(Math.Min(round.HostMicrosecondsPerRequest, best.Count > 0 ? best[^1] : double.MaxValue));
                if (WarmedUp(best, warmUp.Elapsed, context))
                {
                    break;
                }
            }

            context.Log.WriteLine($"  web host warmed up in {warmUp.Elapsed.TotalSeconds:F0} s ({best.Count} rounds, host CPU {best[^1]:F0} µs per request at best)");

            // Interleaved rounds so a burst of load on a shared machine hits the pages and the baseline alike.
            var baseline = new WebLatencySample();
            var dashboard = new WebLatencySample();
            var lesson = new WebLatencySample();
            const int rounds = 2;
            for (var round = 0; round < rounds; round++)
            {
                await baseline.Measure(() => web.ProcessorTime, () => Load(sessions, Static, requests / rounds));
                await dashboard.Measure(() => web.ProcessorTime, () => Load(sessions, Dashboard, requests / rounds));
                await lesson.Measure(() => web.ProcessorTime, () => Load(sessions, Lesson, requests / rounds));
            }

            var load = $"{clients} signed-in clients at once on loopback, {dashboard.Count / clients} requests each after {warmUp.Elapsed.TotalSeconds:F0} s of warm-up (until the host's CPU per request stopped falling)";
            var staticWhat = $"`GET {Static}` (static file, same process, same load), p95 of {baseline.Count} requests; median {baseline.Percentile(0.5):F1} ms; {baseline.CpuText()}";
            return
            [
                Row($"Trainee dashboard (`{Dashboard}`), p95, {trainees:N0} trainees, {clients} concurrent clients", dashboard, baseline, load, staticWhat),
                Row($"Lesson page (`/learn/modules/{Module}/lessons/…`), p95, {trainees:N0} trainees, {clients} concurrent clients", lesson, baseline, load, staticWhat),
            ];
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
    }

    /// <summary>
    /// Warm once no round in the last several has lowered the best CPU per request by more than a few
    /// percent (noise), after a floor of load (20 s: the first 10 s still fell by a third in trials);
    /// a ceiling keeps a machine that never settles bounded.
    /// </summary>
    private static bool WarmedUp(List<double> best, TimeSpan elapsed, BenchmarkContext context)
    {
        const int window = 8;
        if (elapsed >= TimeSpan.FromSeconds(context.Size(90, 20, 0)))
        {
            return true;
        }

        return elapsed >= TimeSpan.FromSeconds(context.Size(20, 5, 0))
            && best.Count > window
            && best[^1] >= 0.97 * best[^(window + 1)];
    }

    private static Figure Row(string name, WebLatencySample page, WebLatencySample baseline, string load, string staticWhat) => new Figure(
        name,
        new Measurement(page.Percentile(0.95), MeasurementUnit.Milliseconds, $"the real Training.Web process, {load}; median {page.Percentile(0.5):F1} ms; {page.CpuText()}", page.Count),
        new Measurement(baseline.Percentile(0.95), MeasurementUnit.Milliseconds, staticWhat, baseline.Count),
        Goal.AtMost(50, MeasurementUnit.Milliseconds, "p95 latency under 50 ms for the trainee dashboard and a lesson page, 10,000 trainees, 50 concurrent clients", "#9"))
        .ExplainMiss("The 50 clients run on the same cores as the host, so the load generator's own work is in every latency; the static file's p95 shows what that costs.");

    /// <summary>A store with N trainees on mopa.ant at every stage of its first module, and one trainee account per client.</summary>
    private static string Seed(string folder, int trainees, int accounts, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var data = Path.Combine(folder, "data");
        SqliteLearningStore.Open(data).Dispose();
        var random = new Random(9);
        using (var seeder = new RecordsSeeder(Path.Combine(data, SqliteStoreOptions.DatabaseFileName), TimeProvider.System.GetUtcNow()))
        {
            for (var t = 0; t < trainees; t++)
            {
                var id = $"w{t:000000}";
                seeder.Trainee(id, "mopa.ant");
                var done = random.Next(0, s_lessons.Length + 1);
                for (var l = 0; l < done; l++)
                {
                    seeder.LessonCompleted(id, Module, s_lessons[l], "1.0.0");
                }
            }

            seeder.Commit();
        }

        using (var store = SqliteLearningStore.Open(data))
        {
            var users = new UserAccounts(store, TimeProvider.System);
            for (var c = 0; c < accounts; c++)
            {
                // Spread over the store so the clients do not all read the same rows.
                users.Add($"bench{c:000}", Password, Role.Trainee, $"w{c * (trainees / accounts):000000}");
            }
        }

        log.WriteLine($"  seeded {trainees:N0} trainees and {accounts} accounts for the web host in {watch.Elapsed.TotalSeconds:F1} s");
        return data;
    }

    private static async Task<HttpClient> SignIn(Uri address, string userName)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await http.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = TokenPattern().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var content = new FormUrlEncodedContent([new("UserName", userName), new("Password", Password), new("__RequestVerificationToken", token)]);
        using var response = await http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            http.Dispose();
            throw new InvalidOperationException($"Sign-in as {userName} answered {(int)response.StatusCode}, not a redirect.");
        }

        return http;
    }

    /// <summary>Every client requests the path <paramref name="each"/> times in a row, all clients at once; the latency of every request.</summary>
    private static async Task<List<double>> Load(IReadOnlyList<HttpClient> sessions, string path, int each)
    {
        var uri = new Uri(path, UriKind.Relative);
        var all = await Task.WhenAll(sessions.Select(async http =>
        {
            var times = new List<double>(each);
            for (var i = 0; i < each; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(uri);
                var body = await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);

                // A redirect to the sign-in page or an error page would be timed as if it were the page.
                if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
                {
                    throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
                }
            }

            return times;
        }));
        return [.. all.SelectMany(t => t)];
    }

    [GeneratedRegex(""""name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"|value="(?<token>[^"]+)"[^>]*name="__RequestVerificationToken"""")]
    private static partial Regex TokenPattern();

    /// <summary>The real Training.Web process (build output in this program's configuration) on a free loopback port.</summary>
    private sealed class WebHost : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private WebHost(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        /// <summary>The host process's processor time so far.</summary>
        public TimeSpan ProcessorTime
        {
            get
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
        }

        public static async Task<WebHost> Start(string data)
        {
            var project = Path.Combine(Repository.Root, "host", "Training.Web");
            var dll = Path.Combine(project, "bin", TrainingHost.Configuration, "net10.0", "Training.Web.dll");
            if (!File.Exists(dll))
            {
                throw new FileNotFoundException("Build host/Training.Web first.", dll);
            }

            var address = new Uri("http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture));

            // From the project folder so wwwroot is the content root's; Development because the clients
            // speak plain HTTP (production cookies are Secure: docs/web.md). Logging at Warning: a line per request would be timed too.
            // Every client signs in from 127.0.0.1, which the per-address sign-in limit (20) would refuse
            // after 20 of them: 50 users behind one address is this benchmark's artefact, so the limit is raised.
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = project,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { dll, "--urls", address.ToString().TrimEnd('/'), "--environment", "Development", "--Logging:LogLevel:Default=Warning", "--Training:SignIn:PerAddress=10000" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["TRAINING_DATA"] = data;
            start.Environment["DOTNET_NOLOGO"] = "1";
            var process = Process.Start(start) ?? throw new InvalidOperationException("Training.Web did not start.");
            var host = new WebHost(process, address);
            process.OutputDataReceived += (_, e) => host.Append(e.Data);
            process.ErrorDataReceived += (_, e) => host.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
                var deadline = Stopwatch.StartNew();
                while (deadline.Elapsed < TimeSpan.FromSeconds(60))
                {
                    if (process.HasExited)
                    {
                        throw new InvalidOperationException($"Training.Web exited with {process.ExitCode}:\n{host.Log}");
                    }

                    try
                    {
                        using var response = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
                        if (response.IsSuccessStatusCode)
                        {
                            return host;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // Not listening yet.
                    }
                    catch (TaskCanceledException)
                    {
                        // Still starting.
                    }

                    await Task.Delay(200);
                }

                throw new TimeoutException("Training.Web did not answer within 60 seconds:\n" + host.Log);
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }

        private string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        }
    }
}
