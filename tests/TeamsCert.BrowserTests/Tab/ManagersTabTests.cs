using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TeamsCert.BrowserTests.Playground;

namespace TeamsCert.BrowserTests.Tab;

/// <summary>
/// The managers' tab in headless Chromium against the app as a process with demo data: development sign-in, every view
/// in zh-CN and en, light, dark and high contrast (screenshots in <c>artifacts/tab/</c>), teams-js served, and what a
/// manager checks.
/// </summary>
public sealed class ManagersTabTests
{
    private static readonly string[] _views = ["/tab", "/tab/deadlines", "/tab/workload", "/tab/register"];
    private static readonly string[] _themes = ["light", "dark", "contrast"];

    /// <summary>Fluent UI's web components are defined once its script (a Blazor JS initializer) has run.</summary>
    public static Task FluentReadyAsync(IPage page) =>
        page.WaitForFunctionAsync("() => !!customElements.get('fluent-button')", null, new() { Timeout = 15_000 });

    [BrowserFact]
    public async Task ManagersTab_DemoData_ShowsOverdueOwnersTimelineAndExports()
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-tab-").FullName;
        await DemoData.SeedAsync(folder);
        await using var app = await TeamsCertWebApp.StartAsync(folder, new Dictionary<string, string>(), Path.Combine(folder, "app.log"));
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright, Path.Combine(folder, "profile"), 1280, 900);
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).IsLoopback ? route.ContinueAsync() : route.AbortAsync());
        var root = app.BaseAddress.ToString().TrimEnd('/');

        // Sign in with the development identity: unauthenticated /tab goes to the sign-in page.
        await page.GotoAsync(root + "/tab/deadlines");
        Assert.Contains("/tab/signin", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("button[value='manager@demo.local']");
        await page.WaitForURLAsync("**/tab/deadlines");
        Assert.Equal("王经理", await page.InnerTextAsync("#signed-in"));

        // teams-js from the installed tools is served where the tab's script expects it, and the page loads it.
        var teamsJs = await page.APIRequest.GetAsync(root + "/tab/lib/teams-js.js");
        Assert.Equal(200, teamsJs.Status);
        Assert.Contains("javascript", teamsJs.Headers["content-type"], StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.microsoftTeams === 'object' && typeof window.microsoftTeams.app.initialize === 'function'"));

        var artifacts = BrowserTools.ArtifactsFolder("tab");
        foreach (var path in _views)
        {
            foreach (var lang in new[] { "zh-CN", "en" })
            {
                foreach (var theme in _themes)
                {
                    var response = await page.GotoAsync($"{root}{path}?lang={lang}&theme={theme}");
                    Assert.Equal(200, response?.Status);
                    Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
                    await FluentReadyAsync(page);
                    var name = path == "/tab" ? "pipeline" : path["/tab/".Length..];
                    await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"{name}-{lang}-{theme}-desktop.png"), FullPage = true });
                }
            }
        }

        // An overdue step is listed with its owner, as the API has it.
        using var api = new HttpClient { BaseAddress = app.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Dev-User", "manager@demo.local");
        await page.GotoAsync(root + "/tab/deadlines?lang=en");
        var overdue = page.Locator("#deadlines tr.overdue-row").First;
        Assert.Contains("overdue", await overdue.Locator("td.overdue").InnerTextAsync(), StringComparison.Ordinal);
        var stepId = await overdue.GetAttributeAsync("data-step");
        var caseHref = await overdue.Locator("a").First.GetAttributeAsync("href");
        var caseId = caseHref!.Split('/', '?')[3];
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        var step = view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == stepId);
        var assignee = step.GetProperty("assignee").GetString();
        var ownerText = (await overdue.Locator("td.owner").InnerTextAsync()).Trim();
        Assert.Equal(assignee ?? "role:" + step.GetProperty("role").GetString(), await overdue.Locator("td.owner").GetAttributeAsync("data-owner"));
        // People by name, never their e-mail; an unassigned step by its role in words.
        Assert.True(assignee is null ? ownerText.EndsWith(" (unassigned)", StringComparison.Ordinal) && !ownerText.Contains(':', StringComparison.Ordinal) : !ownerText.Contains('@', StringComparison.Ordinal) && ownerText.Length > 0, ownerText);

        // One click reminds (a Fluent submit button inside the row's form): the view says so.
        await FluentReadyAsync(page);
        await overdue.Locator("fluent-button.remind").ClickAsync();
        await page.WaitForURLAsync("**/tab/deadlines?done=reminded");
        Assert.Contains("Reminder queued", await page.InnerTextAsync("#outcome"), StringComparison.Ordinal);

        // The GET filter forms submit through their Fluent button too.
        await FluentReadyAsync(page);
        await page.FillAsync("input[name=days]", "60");
        await page.ClickAsync("form.filters fluent-button[type=submit]");
        await page.WaitForURLAsync("**/tab/deadlines?*days=60*");
        Assert.Equal("60", await page.InputValueAsync("input[name=days]"));

        // The case's timeline matches its journal.
        var casePage = await page.GotoAsync($"{root}/tab/cases/{caseId}?lang=en");
        Assert.True(casePage?.Status == 200, $"{casePage?.Status}: {await page.ContentAsync()}");
        var journal = await api.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/journal");
        // The history in words: every entry but the downloads, in order, none showing its event code or an actor id.
        var expected = journal.EnumerateArray().Where(e => e.GetProperty("type").GetString() != "document.downloaded")
            .Select(e => e.GetProperty("sequence").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var items = page.Locator("#timeline li");
        var shown = new List<string>();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            var item = items.Nth(i);
            shown.Add((await item.GetAttributeAsync("data-sequence"))!);
            var text = await item.InnerTextAsync();
            Assert.DoesNotContain("step.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@demo.local", text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
        foreach (var theme in _themes)
        {
            await page.GotoAsync($"{root}/tab/cases/{caseId}?lang=en&theme={theme}");
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"case-en-{theme}-desktop.png"), FullPage = true });
        }

        await TabLinksInBrowser.CreateCopyAndRevokeAsync(page, api, root, artifacts);

        // The register export downloads as a valid .xlsx (a zip with the workbook part).
        await page.GotoAsync(root + "/tab/register");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var file = Path.Combine(folder, "register.xlsx");
        await download.SaveAsAsync(file);
        using var zip = ZipFile.OpenRead(file);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
    }
}
