using Microsoft.Playwright;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.EndToEnd;

/// <summary>
/// The coordinator's part of the browser test: a cohort on the trainee's track and a coordinator
/// assigned to it, made with the real <c>training</c> command; then, after the trainee's path, the
/// coordinator signs in, finds the trainee in the cohort page and opens the item analysis of the
/// quiz she took. Screenshots of both pages are attached to the results.
/// </summary>
internal static class CoordinatorJourney
{
    public const string Password = "claire-password-2026";

    /// <summary>Cohort <c>printemps</c> on <paramref name="track"/>, coordinated by <c>claire</c> (cohort and account made side by side).</summary>
    public static void Arrange(string dataDirectory, string track)
    {
        Task.WaitAll(
            Task.Run(() => BuiltHosts.Training(dataDirectory, null, "cohorts", "create", "printemps", "--track", track, "--title", "Printemps 2026", "--deadline", "2099-06-30")),
            Task.Run(() => BuiltHosts.Training(dataDirectory, Password + "\n", "users", "add", "claire", "--role", "coordinator", "--name", "Claire Coordinatrice", "--password-stdin")));
        BuiltHosts.Training(dataDirectory, null, "cohorts", "assign", "printemps", "claire");
    }

    /// <summary>Adds the trainee to the cohort (once she is registered and enrolled).</summary>
    public static void AddMember(string dataDirectory, string trainee) =>
        BuiltHosts.Training(dataDirectory, null, "cohorts", "add", "printemps", trainee);

    /// <summary>In a fresh browser context (a new session): the coordinator sees the trainee's progress and the quiz's item analysis.</summary>
    public static async Task Run(IBrowser browser, Uri address, string trainee, string traineeName, string quiz, Func<IPage, string, Task> screenshot)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "fr-FR" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/coordinate");
        Assert.That(page.Url, Does.Contain("/account/sign-in"));
        await page.FillAsync("#user-name", "claire");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync("**/coordinate");

        await page.ClickAsync("#cohorts a[href='/coordinate/cohorts/printemps']");
        await page.WaitForURLAsync("**/coordinate/cohorts/printemps");
        var row = page.Locator($"#matrix tr[data-trainee='{trainee}']");
        await Assertions.Expect(row).ToContainTextAsync(traineeName);
        await Assertions.Expect(row.Locator(".status-pill")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("s-on-track"));
        await Assertions.Expect(page.Locator($"#progress-chart g.bar[data-trainee='{trainee}'] rect.fill")).ToBeVisibleAsync();
        var width = double.Parse((await page.Locator($"#progress-chart g.bar[data-trainee='{trainee}'] rect.fill").GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(width, Is.GreaterThan(0), "the bar shows the progress she made");
        await screenshot(page, "coordinator-cohort");

        await page.GotoAsync("/coordinate/items");
        await page.SelectOptionAsync("#quiz", quiz);
        await page.ClickAsync("form.inline-form button[type=submit]");
        await page.WaitForURLAsync("**/coordinate/items?quiz=*");
        await Assertions.Expect(page.Locator("#attempts")).ToContainTextAsync("1 première(s) tentative(s)");
        await Assertions.Expect(page.Locator("#items tbody tr").First).ToBeVisibleAsync();
        await screenshot(page, "coordinator-item-analysis");

        await context.CloseAsync();
    }
}
