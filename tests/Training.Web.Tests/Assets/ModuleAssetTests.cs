using System.Net;
using Training.Engine.Access;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Assets;

/// <summary>Module assets: images and scripts inside the module's folder only, with their content types; never sources or paths that leave the folder.</summary>
public sealed class ModuleAssetTests
{
    private const string Password = "correct-horse-battery";

    private WebApp _app = null!;
    private Infrastructure.WebClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = SharedHost.App;
        _app.AddUser("asset-coordinator", Password, Role.Coordinator);
        _client = _app.Client();
        await _client.SignIn("asset-coordinator", Password);
    }

    [OneTimeTearDown]
    public void Stop() => _client.Dispose();

    [TestCase("/modules/mopa.maps/assets/content/maps/gironde.svg", "image/svg+xml")]
    [TestCase("/modules/mopa.maps/assets/content/scripts/map-point.js", "text/javascript; charset=utf-8")]
    public async Task Module_images_and_scripts_are_served_with_their_type(string url, string type)
    {
        using var response = await _client.Http.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(type));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("sandbox"), "an SVG opened directly runs no script");
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [TestCase("/modules/mopa.maps/assets/content/quizzes/final.gift", TestName = "A quiz source (answer keys) is not served")]
    [TestCase("/modules/mopa.maps/assets/content/lessons/latitude-longitude.md", TestName = "A lesson source is not served")]
    [TestCase("/modules/mopa.maps/assets/module.yaml", TestName = "The manifest is not served")]
    [TestCase("/modules/mopa.maps/assets/Mopa.Maps.dll", TestName = "The plugin assembly is not served")]
    [TestCase("/modules/mopa.maps/assets/../mopa.blogs/content/x.svg", TestName = "Dot-dot is refused")]
    [TestCase("/modules/mopa.maps/assets/content/%2e%2e/%2e%2e/mopa.blogs/module.yaml", TestName = "Encoded dot-dot is refused")]
    [TestCase("/modules/mopa.maps/assets/content%2f..%2f..%2fmopa.blogs%2fcontent%2fmaps%2fx.svg", TestName = "Encoded slashes are refused")]
    [TestCase("/modules/mopa.maps/assets/%2fetc%2fpasswd.svg", TestName = "An absolute path is refused")]
    [TestCase("/modules/mopa.maps/assets/content/maps/..%5c..%5cmodule.svg", TestName = "Backslashes are refused")]
    [TestCase("/modules/mopa.maps/assets/content/maps/missing.svg", TestName = "A missing file is 404")]
    [TestCase("/modules/no.such.module/assets/content/maps/gironde.svg", TestName = "An unknown module is 404")]
    public async Task Refused(string url)
    {
        using var response = await _client.Http.GetAsync(url);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("::").And.Not.Contain("root:"));
    }

    [Test]
    public async Task A_link_inside_a_module_that_points_outside_is_refused()
    {
        var module = Path.Combine(_app.DataDirectory, "outside-target");
        Directory.CreateDirectory(module);
        await File.WriteAllTextAsync(Path.Combine(module, "secret.svg"), "<svg/>");
        var maps = _app.Platform.Catalog.FindLoaded("mopa.maps")!;
        var link = Path.Combine(maps.Directory, "content", "maps", "linked-" + Guid.NewGuid().ToString("N") + ".svg");
        File.CreateSymbolicLink(link, Path.Combine(module, "secret.svg"));
        try
        {
            using var response = await _client.Http.GetAsync("/modules/mopa.maps/assets/content/maps/" + Path.GetFileName(link));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Test]
    public async Task Assets_need_a_signed_in_user()
    {
        using var anonymous = _app.Client();

        using var response = await anonymous.Http.GetAsync("/modules/mopa.maps/assets/content/maps/gironde.svg");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }
}
