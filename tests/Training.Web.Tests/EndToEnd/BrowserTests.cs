using System.Globalization;
using Microsoft.Playwright;
using Training.TestSupport;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.EndToEnd;

/// <summary>
/// A trainee's path in a real browser: Debian's headless Chromium (driven by Playwright, whose
/// bundled browser is never downloaded) against the real Training.Web process, with accounts made
/// by the real <c>training users add</c>. Screenshots of the key pages are attached to the results.
/// </summary>
[NonParallelizable]
public sealed class BrowserTests
{
    private const string Password = "marie-password-2026";

    // Pauillac's tourist office, the answer of the map question (mopa.maps/final, place-pauillac-office).
    private const double PauillacLatitude = 45.1990;
    private const double PauillacLongitude = -0.7460;

    [Test]
    public async Task Trainee_signs_in_reads_a_lesson_takes_the_map_quiz_and_sees_progress()
    {
        var chromium = BuiltHosts.Chromium();
        using var data = new TempDirectory();

        // The host, the accounts (made by the real CLI) and the browser start side by side.
        var starting = WebProcess.Start(data.Path);
        var accounts = Task.Run(() =>
        {
            BuiltHosts.Training(data.Path, null, "trainees", "add", "marie", "--name", "Marie Dupont");
            Task.WaitAll(
                Task.Run(() => BuiltHosts.Training(data.Path, null, "enroll", "marie", "mopa.ant")),
                Task.Run(() => BuiltHosts.Training(data.Path, Password + "\n", "users", "add", "marie", "--role", "trainee", "--trainee", "marie", "--password-stdin")),
                Task.Run(() => CoordinatorJourney.Arrange(data.Path, "mopa.ant")));
            CoordinatorJourney.AddMember(data.Path, "marie");
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        await accounts;
        await using var web = await starting;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        // Sign in.
        await page.GotoAsync("/learn");
        Assert.That(page.Url, Does.Contain("/account/sign-in"));
        await page.FillAsync("#user-name", "marie");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync("**/learn");
        await Screenshot(page, "dashboard-start");
        Assert.That(await page.Locator(".track progress").GetAttributeAsync("value"), Is.EqualTo("0"));

        // Read a lesson and mark it complete.
        await page.GotoAsync("/learn/modules/mopa.maps");
        await page.ClickAsync("a[href='/learn/modules/mopa.maps/lessons/latitude-longitude']");
        await Expect(page.Locator("article.lesson h1")).ToBeVisibleAsync();
        await Screenshot(page, "lesson");
        await page.ClickAsync("#mark-complete");
        await page.WaitForURLAsync("**/lessons/**");
        Assert.That(page.Url, Does.Not.EndWith("/latitude-longitude"), "goes on to the next lesson");
        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Leçon terminée");

        // Take the maps quiz: place Pauillac by clicking the map.
        await page.GotoAsync("/learn/modules/mopa.maps/quizzes/final");
        await page.ClickAsync("#start-quiz");
        var question = page.Locator("fieldset[data-question='place-pauillac-office']");
        var map = question.Locator("img[data-map-image]");
        await map.ScrollIntoViewIfNeededAsync();
        await Expect(map).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await map.ElementHandleAsync());
        var box = (await map.BoundingBoxAsync())!;
        var (south, west, north, east) = (44.10, -1.35, 45.65, 0.35);
        await map.ClickAsync(new LocatorClickOptions
        {
            Position = new Position
            {
                X = (float)((PauillacLongitude - west) / (east - west) * box.Width),
                Y = (float)((north - PauillacLatitude) / (north - south) * box.Height),
            },
        });
        var latitude = double.Parse(await question.Locator("input[data-map-lat]").InputValueAsync(), CultureInfo.InvariantCulture);
        var longitude = double.Parse(await question.Locator("input[data-map-lon]").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.That(latitude, Is.EqualTo(PauillacLatitude).Within(0.01));
        Assert.That(longitude, Is.EqualTo(PauillacLongitude).Within(0.01));
        await Expect(question.Locator("[data-map-marker]")).ToBeVisibleAsync();
        await question.ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("map-question") });
        TestContext.AddTestAttachment(ScreenshotPath("map-question"), "the map question after the click");
        await page.CheckAsync("fieldset[data-question='bordeaux-longitude-sign'] input[value=true]");
        await Screenshot(page, "quiz");

        await page.ClickAsync("#submit-quiz");
        await Expect(page.Locator("#quiz-result")).ToBeVisibleAsync();
        await Expect(page.Locator("li[data-question='place-pauillac-office']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("result-correct"));
        await Expect(page.Locator("li[data-question='bordeaux-longitude-sign']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("result-correct"));
        await Screenshot(page, "quiz-feedback");

        // Progress moved on the dashboard.
        await page.GotoAsync("/learn");
        var percent = double.Parse((await page.Locator(".track progress").GetAttributeAsync("value"))!, CultureInfo.InvariantCulture);
        Assert.That(percent, Is.GreaterThan(0));
        await Expect(page.Locator(".track li", new() { HasText = "Cartes" })).ToContainTextAsync("En cours");
        await Screenshot(page, "dashboard-progress");

        // The coordinator's part: Marie in the cohort page, the maps quiz in the item analysis.
        await CoordinatorJourney.Run(browser, web.Address, "marie", "Marie Dupont", "mopa.maps/final", Screenshot);

        Assert.That(errors, Is.Empty, "no script error in the browser console");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"web-{name}.png");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var path = ScreenshotPath(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
    }
}
