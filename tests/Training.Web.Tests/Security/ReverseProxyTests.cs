using System.Net;
using Training.TestSupport;
using Training.Web.Tests.Infrastructure;
using WebClient = Training.Web.Tests.Infrastructure.WebClient;

namespace Training.Web.Tests.Security;

/// <summary>
/// Behind a reverse proxy (<c>Training:Proxy</c>), through the real host process on loopback: the
/// test plays the proxy, so its forwarded headers come from 127.0.0.1, the default trusted proxy.
/// </summary>
public sealed class ReverseProxyTests
{
    [Test]
    public async Task Behind_a_trusted_proxy_the_sign_in_limit_counts_each_client_address()
    {
        using var data = new TempDirectory();
        await using var web = await WebProcess.Start(data.Path, "Development", "--Training:Proxy:Enabled=true", "--Training:SignIn:PerAddress=2");
        using var clients = await ClientPair.FirstAtItsLimit(web);

        Assert.That((await WrongPassword(clients.First, "a3")).Status, Is.EqualTo((HttpStatusCode)429), "the third attempt from one client address");
        Assert.That((await WrongPassword(clients.Second, "b1")).Status, Is.EqualTo(HttpStatusCode.Unauthorized), "another client behind the same proxy is not limited");
        Assert.That(web.Log, Does.Contain("Behind a reverse proxy").And.Contain("loopback"));
    }

    [Test]
    public async Task Without_the_setting_forwarded_headers_are_ignored()
    {
        using var data = new TempDirectory();
        await using var web = await WebProcess.Start(data.Path, "Development", "--Training:SignIn:PerAddress=2");
        using var clients = await ClientPair.FirstAtItsLimit(web);

        Assert.That((await WrongPassword(clients.Second, "b1")).Status, Is.EqualTo((HttpStatusCode)429), "a client cannot pick its own address by writing the header");
    }

    [Test]
    public async Task Headers_from_a_proxy_not_listed_are_ignored()
    {
        using var data = new TempDirectory();
        await using var web = await WebProcess.Start(
            data.Path, "Development", "--Training:Proxy:Enabled=true", "--Training:Proxy:KnownProxies:0=10.0.0.0/24", "--Training:SignIn:PerAddress=2");
        using var clients = await ClientPair.FirstAtItsLimit(web);

        Assert.That((await WrongPassword(clients.Second, "b1")).Status, Is.EqualTo((HttpStatusCode)429), "requests from 127.0.0.1 are not from the listed proxy network");
        Assert.That(web.Log, Does.Contain("10.0.0.0/24"));
    }

    [Test]
    public async Task A_proxy_that_terminates_https_gets_the_production_cookie_settings()
    {
        using var data = new TempDirectory();
        await using var web = await WebProcess.Start(data.Path, "Production", "--Training:Proxy:Enabled=true");
        using var plain = Client(web, forwardedFor: "203.0.113.10");
        using var proxied = Client(web, forwardedFor: "203.0.113.10");
        proxied.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var overHttp = await plain.Get("/account/sign-in");
        using var overHttps = await proxied.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var page = await WebClient.Page.Read(overHttps);

        Assert.That(overHttp.Document.QuerySelector("#needs-https"), Is.Not.Null, "plain HTTP in production is explained");
        Assert.That(page.Document.QuerySelector("#needs-https"), Is.Null, "the proxy received it over HTTPS");
        Assert.That(overHttps.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("training.antiforgery=", StringComparison.Ordinal)), Does.Contain("secure").IgnoreCase);
    }

    [Test]
    public async Task A_proxy_address_that_is_not_one_stops_the_start_with_the_setting_named()
    {
        using var data = new TempDirectory();

        string failure;
        try
        {
            await using var web = await WebProcess.Start(
                data.Path, "Development", "--Training:Proxy:Enabled=true", "--Training:Proxy:KnownProxies:0=10.0.0.5", "--Training:Proxy:KnownProxies:1=proxy.example");
            failure = "started";
        }
        catch (AssertionException e)
        {
            // WebProcess reports a host that exits during start with its exit code and output.
            failure = e.Message;
        }

        Assert.That(failure, Does.Contain("exited with 2"));
        Assert.That(failure, Does.Contain("Training.Proxy.KnownProxies.1 = 'proxy.example' is neither an IP address nor a network"));
        Assert.That(failure, Does.Not.Contain("   at "), "no stack trace for a setting");
    }

    private static WebClient Client(WebProcess web, string forwardedFor)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = web.Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return new WebClient(http);
    }

    private static Task<WebClient.Page> WrongPassword(WebClient client, string userName) =>
        client.Post("/account/sign-in", [new("UserName", userName), new("Password", "wrong-password")]);

    /// <summary>Two clients behind the proxy, the first having used its 2 sign-in attempts (the tests set PerAddress=2).</summary>
    private sealed class ClientPair(WebClient first, WebClient second) : IDisposable
    {
        public WebClient First => first;

        public WebClient Second => second;

        public static async Task<ClientPair> FirstAtItsLimit(WebProcess web)
        {
            var pair = new ClientPair(Client(web, forwardedFor: "203.0.113.10"), Client(web, forwardedFor: "203.0.113.20"));
            await WrongPassword(pair.First, "a1");
            await WrongPassword(pair.First, "a2");
            return pair;
        }

        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
