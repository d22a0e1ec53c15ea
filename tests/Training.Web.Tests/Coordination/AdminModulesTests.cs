using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Training.Engine.Access;
using Training.Engine.Modules;
using Training.Engine.Packaging;
using Training.TestSupport;
using Training.Web.Tests.Infrastructure;
using WebClient = Training.Web.Tests.Infrastructure.WebClient;

namespace Training.Web.Tests.Coordination;

/// <summary>
/// The admin's modules page: what the catalog loaded and what failed (with each diagnostic's code
/// and location), and the package upload, which runs the checks of <c>training modules install</c>.
/// </summary>
public sealed class AdminModulesTests
{
    private const string Password = "correct-horse-battery";

    private TempDirectory _work = null!;

    // Installs nothing: shared by the tests that check what is listed and what is refused.
    private WebApp _app = null!;
    private WebClient _admin = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _work = new TempDirectory();
        _app = new WebApp(extraModules: Path.Combine(RepositoryPaths.Root, "tests", "modules", "broken", "bad-gift"));
        _app.AddUser("claire", Password, Role.Coordinator);
        _admin = await Admin(_app);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _admin.Dispose();
        _app.Dispose();
        _work.Dispose();
    }

    [Test]
    public async Task Loaded_and_failed_modules_are_listed_with_their_diagnostics()
    {
        var app = _app;

        var page = await _admin.Get("/admin/modules");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        var maps = page.Document.QuerySelector("#loaded tr[data-module='mopa.maps']");
        Assert.That(maps, Is.Not.Null, "the shipped MOPA modules are loaded");
        Assert.That(maps!.QuerySelectorAll("td")[0].TextContent, Is.EqualTo(app.Platform.Catalog.FindLoaded("mopa.maps")!.Version));
        var failed = page.Document.QuerySelector(".failed-module[data-module='broken.bad-gift']");
        Assert.That(failed, Is.Not.Null);
        Assert.That(failed!.QuerySelector(".code")?.TextContent, Is.EqualTo("TRN040"));
        Assert.That(failed.QuerySelector(".where")?.TextContent, Does.EndWith(Path.Combine("quizzes", "final.gift") + ":5:55"));
        Assert.That(failed.TextContent, Does.Contain(app.Platform.Catalog.Modules.Single(m => m.Id == "broken.bad-gift").Diagnostics.First(d => d.IsError).Message));
    }

    [Test]
    public async Task A_valid_package_is_installed_and_takes_effect_at_the_next_start()
    {
        var package = Pack(Path.Combine(RepositoryPaths.Root, "tests", "modules", "terminal", "first-steps"));
        using var app = new WebApp();
        using var client = await Admin(app);

        var dryRun = await Upload(client, package, dryRun: true);
        Assert.That(dryRun.Status, Is.EqualTo(HttpStatusCode.OK), dryRun.Text);
        Assert.That(dryRun.Document.QuerySelector("#install-result")?.TextContent, Does.Contain("Vérification réussie : tests.first-steps 1.0.0"));
        Assert.That(Installed(app), Is.Empty, "a dry run installs nothing");

        var page = await Upload(client, package);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
        Assert.That(page.Document.QuerySelector("#install-result")?.TextContent, Does.Contain("tests.first-steps 1.0.0 est installé").And.Contain("prochain redémarrage"));
        Assert.That(Installed(app), Is.EqualTo(new[] { "tests.first-steps" }));
        Assert.That(File.Exists(Path.Combine(app.DataDirectory, "modules", "tests.first-steps", "module.yaml")), Is.True);
        Assert.That(app.Platform.Catalog.FindLoaded("tests.first-steps"), Is.Null, "the running catalog is not reloaded");
        Assert.That((await client.Get("/admin/modules")).Document.QuerySelector("#pending-installs")?.TextContent, Does.Contain("tests.first-steps 1.0.0"));

        using var restarted = new WebApp(new Dictionary<string, string?> { ["Training:Data"] = app.DataDirectory });
        Assert.That(restarted.Platform.Catalog.FindLoaded("tests.first-steps"), Is.Not.Null, "loaded at the next start");

        var again = await Upload(client, package);
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "the same version again needs 'force'");
        Assert.That(again.Document.QuerySelector("#install-diagnostics")?.TextContent, Does.Contain("first-steps"));
    }

    [Test]
    public async Task A_hostile_package_is_refused_with_its_reasons_and_installs_nothing()
    {
        var hostile = Path.Combine(_work.Path, "evil-1.0.0.zip");
        Assert.That(Installed(_app), Is.Empty);
        using (var zip = ZipFile.Open(hostile, ZipArchiveMode.Create))
        {
            Write(zip, "module.yaml", "id: evil\nversion: 1.0.0\nsdk: ^1.0\ntitle: { fr: Mal, en: Evil }\n");
            Write(zip, "../escaped.txt", "outside the modules folder");
            Write(zip, "../../etc/evil.txt", "further out");
        }

        var app = _app;

        var page = await Upload(_admin, hostile);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(page.Document.QuerySelector("#install-result")?.TextContent, Does.Contain("evil-1.0.0.zip n'a pas été installé"));
        var diagnostics = page.Document.QuerySelectorAll("#install-diagnostics li").Select(li => li.TextContent).ToList();
        Assert.That(diagnostics, Has.Some.Contain("../escaped.txt"));
        Assert.That(diagnostics, Has.All.Not.Contain(Path.GetTempPath()), "messages name the uploaded file, not the server's temporary copy");
        Assert.That(Installed(app), Is.Empty);
        Assert.That(Directory.GetFiles(app.DataDirectory, "escaped.txt", SearchOption.AllDirectories), Is.Empty);
        Assert.That(File.Exists(Path.Combine(app.DataDirectory, "escaped.txt")), Is.False);
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(app.DataDirectory, "modules")), Is.Empty, "no staging folder left behind");
    }

    [Test]
    public async Task A_package_that_would_shadow_a_shipped_module_with_the_same_version_is_refused()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "modules");
        var package = Pack(Path.Combine(shipped, "mopa.ant"), new ModuleSearchOptions { ShippedDirectory = shipped });

        var page = await Upload(_admin, package);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(page.Document.QuerySelector("#install-diagnostics")?.TextContent, Does.Contain("ships with this host"));
        Assert.That(Installed(_app), Is.Empty);
    }

    [Test]
    public async Task A_package_over_the_size_limit_is_refused_before_any_check()
    {
        var package = Pack(Path.Combine(RepositoryPaths.Root, "tests", "modules", "terminal", "first-steps"));
        using var app = new WebApp(new Dictionary<string, string?> { ["Training:Admin:MaxPackageBytes"] = "100" });
        using var client = await Admin(app);

        var page = await Upload(client, package);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(page.Document.QuerySelector("#upload-problem")?.TextContent, Does.Contain("la limite est de 100 octets"));
        Assert.That(Installed(app), Is.Empty);
    }

    [Test]
    public async Task Uploading_needs_the_antiforgery_token_and_the_admin_role()
    {
        var package = Pack(Path.Combine(RepositoryPaths.Root, "tests", "modules", "terminal", "first-steps"));
        var app = _app;
        using var coordinator = app.Client();
        await coordinator.SignIn("claire", Password);

        var noToken = await Upload(_admin, package, token: string.Empty);
        var notAdmin = await Upload(coordinator, package, token: (await coordinator.Get("/coordinate")).AntiforgeryToken);

        Assert.That(noToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(notAdmin.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Installed(app), Is.Empty);
    }

    private static async Task<WebClient> Admin(WebApp app)
    {
        app.AddUser("root", Password, Role.Admin);
        var client = app.Client();
        await client.SignIn("root", Password);
        return client;
    }

    private static async Task<WebClient.Page> Upload(WebClient client, string package, bool dryRun = false, string? token = null)
    {
        token ??= (await client.Get("/admin/modules")).AntiforgeryToken ?? string.Empty;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(package));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "Package", Path.GetFileName(package));
        if (dryRun)
        {
            form.Add(new StringContent("true"), "DryRun");
        }

        if (token.Length > 0)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        using var response = await client.Http.PostAsync("/admin/modules", form);
        return await WebClient.Page.Read(response);
    }

    private static string[] Installed(WebApp app)
    {
        var folder = Path.Combine(app.DataDirectory, "modules");
        return Directory.Exists(folder) ? [.. Directory.GetDirectories(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Select(n => n!)] : [];
    }

    private string Pack(string moduleFolder, ModuleSearchOptions? search = null)
    {
        var output = Directory.CreateDirectory(Path.Combine(_work.Path, Guid.NewGuid().ToString("N"))).FullName;
        var result = new ModulePackager(new ModuleFolderInspector(search ?? new ModuleSearchOptions())).Pack(moduleFolder, output);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        return result.PackagePath!;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
