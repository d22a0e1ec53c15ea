using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Training.Web.Tests.Infrastructure;

/// <summary>An HTTP client that reads pages as parsed HTML and posts forms with their antiforgery token, like a browser.</summary>
public sealed class WebClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser s_parser = new();

    public HttpClient Http => http;

    public async Task<Page> Get(string url)
    {
        using var response = await http.GetAsync(url);
        return await Page.Read(response);
    }

    /// <summary>Posts fields to a URL, with the antiforgery token of the page at <paramref name="tokenFrom"/> (default: the URL itself).</summary>
    public async Task<Page> Post(string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = (await Get(tokenFrom ?? url)).AntiforgeryToken;
        return await PostWithToken(url, fields, token);
    }

    public async Task<Page> PostWithToken(string url, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await http.PostAsync(url, content);
        return await Page.Read(response);
    }

    public async Task<Page> SignIn(string userName, string password)
    {
        var page = await Post("/account/sign-in", [new("UserName", userName), new("Password", password)]);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {userName} failed: {page.Text}");
        return page;
    }

    public void Dispose() => http.Dispose();

    /// <summary>A response read as a page.</summary>
    public sealed record Page(HttpStatusCode Status, string Html, IDocument Document, Uri? Location, string? ContentType)
    {
        public string Text => Document.Body?.TextContent ?? string.Empty;

        public string? AntiforgeryToken =>
            Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        public static async Task<Page> Read(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var document = await s_parser.ParseDocumentAsync(html);
            return new Page(response.StatusCode, html, document, response.Headers.Location, response.Content.Headers.ContentType?.ToString());
        }
    }
}
