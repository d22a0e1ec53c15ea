using System.Net;
using System.Text;
using System.Text.Json;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Pages;

/// <summary>The public verification page: a genuine credential is valid, a changed one is not, and the page says why.</summary>
public sealed class VerifyTests
{
    private WebApp _app = null!;
    private string _credential = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = SharedHost.App;
        _app.AddTrainee("ver-alice", "correct-horse-battery", "tests.first-steps");
        var records = _app.Platform.Records;
        records.CompleteLesson("ver-alice", "tests.first-steps", "welcome");
        var result = records.TakeQuiz("ver-alice", "tests.first-steps", "check", JsonSerializer.SerializeToElement(new { capital = "Bordeaux", true_statement = true }).Rename("true_statement", "true-statement"));
        _credential = records.GetCertificate(result.Outcome.CertificatesIssued.Single()).Credential;
    }

    [Test]
    public async Task A_pasted_genuine_credential_is_valid()
    {
        using var client = _app.Client();

        var page = await client.Post("/verify", [new("Credential", _credential)]);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector(".verify-result")?.ClassList, Does.Contain("valid"));
        Assert.That(page.Text, Does.Contain("Certificat valide").And.Contain(WebApp.NameOf("ver-alice")));
    }

    [Test]
    public async Task An_uploaded_credential_file_is_checked_too()
    {
        using var client = _app.Client();
        var token = (await client.Get("/verify")).AntiforgeryToken!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.ASCII.GetBytes(_credential + "\n")), "Upload", "alice.jwt" },
        };

        using var response = await client.Http.PostAsync("/verify", form);
        var page = await Infrastructure.WebClient.Page.Read(response);

        Assert.That(page.Document.QuerySelector(".verify-result")?.ClassList, Does.Contain("valid"));
    }

    [Test]
    public async Task A_changed_credential_is_invalid_with_the_reason()
    {
        using var client = _app.Client();
        var parts = _credential.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(parts[1].Replace('-', '+').Replace('_', '/') + new string('=', (4 - (parts[1].Length % 4)) % 4)));
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload.Replace(WebApp.NameOf("ver-alice"), "Mallory Test", StringComparison.Ordinal))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var page = await client.Post("/verify", [new("Credential", parts[0] + "." + forged + "." + parts[2])]);

        Assert.That(page.Document.QuerySelector(".verify-result")?.ClassList, Does.Contain("invalid"));
        Assert.That(page.Text, Does.Contain("La signature ne correspond pas").And.Contain("bad signature"));
        Assert.That(page.Text, Does.Not.Contain("Mallory"), "nothing from an untrusted credential is shown as fact");
    }

    [Test]
    public async Task Garbage_is_invalid_not_an_error()
    {
        using var client = _app.Client();

        var page = await client.Post("/verify", [new("Credential", "<script>alert(1)</script>")]);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text, Does.Contain("Certificat non valide"));
        Assert.That(page.Html, Does.Not.Contain("<script>alert(1)"));
    }

    [Test]
    public async Task The_page_is_in_english_when_chosen()
    {
        using var client = _app.Client();
        await client.Post("/account/language", [new("lang", "en"), new("returnUrl", "/verify")], tokenFrom: "/verify");

        var page = await client.Post("/verify", [new("Credential", _credential)]);

        Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(page.Text, Does.Contain("Valid certificate"));
    }
}
