using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TeamsCert.BrowserTests.Playground;
using TeamsCert.BrowserTests.Portal;
using TeamsCert.IntegrationTests.Portal;

namespace TeamsCert.BrowserTests.Tab;

/// <summary>
/// The tab at desktop (1280 px) and phone (390 px, Teams mobile) width on demo data plus one application submitted
/// through the portal page: the pipeline's due and overdue columns and overdue filter, the case page's application
/// values and file links, no horizontal overflow with the deadlines' actions in view on a phone, and screenshots of each
/// changed view as <c>{view}-{lang}-{theme}-{desktop|phone}.png</c>.
/// </summary>
public sealed class TabLayoutTests
{
    private static readonly (string Name, int Width, int Height)[] _sizes = [("desktop", 1280, 900), ("phone", 390, 844)];

    [BrowserFact]
    public async Task Tab_DesktopAndPhone_DueColumnsOverdueFilterApplicationAndNoOverflow()
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-tab-layout-").FullName;
        await DemoData.SeedAsync(folder);
        await using var app = await TeamsCertWebApp.StartAsync(folder, new Dictionary<string, string>(), Path.Combine(folder, "app.log"));
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright, Path.Combine(folder, "profile"), 1280, 900);
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).IsLoopback ? route.ContinueAsync() : route.AbortAsync());
        var root = app.BaseAddress.ToString().TrimEnd('/');
        var artifacts = BrowserTools.ArtifactsFolder("tab");

        // An application submitted through the portal page, with one file.
        using var staff = new HttpClient { BaseAddress = app.BaseAddress };
        staff.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
        using var invited = await staff.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", contactName = "李四", contactEmail = "lisi@example.com" });
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        var caseId = invitation.GetProperty("case").GetProperty("id").GetGuid();
        await page.GotoAsync(invitation.GetProperty("link").GetProperty("url").GetString()!.Replace(app.BaseAddress.GetLeftPart(UriPartial.Authority), root, StringComparison.Ordinal));
        foreach (var (code, value) in TelApplicationSample.Form().Where(f => f.Key != "declaration"))
        {
            await page.Locator($"#f-{code}").FillAsync(value);
        }

        var pdf = Path.Combine(folder, "营业执照.pdf");
        PdfFile.Write(pdf, 20_000);
        await page.Locator(".item[data-item='businessLicence'] input[type=file]").SetInputFilesAsync(pdf);
        await page.Locator(".item.supplied[data-item='businessLicence']").WaitForAsync();
        await page.Locator("#f-declaration").CheckAsync();
        await page.Locator("#submit").ClickAsync();
        await page.Locator("#confirm-incomplete").ClickAsync(); // 1 of the 9 materials: the portal warns first
        await page.Locator("#receipt-status").WaitForAsync();

        // Sign in as a manager.
        await page.GotoAsync(root + "/tab");
        await page.ClickAsync("button[value='manager@demo.local']");
        await page.WaitForURLAsync("**/tab");

        // The pipeline's due and overdue columns, and its overdue filter.
        await page.GotoAsync(root + "/tab?lang=en");
        await ManagersTabTests.FluentReadyAsync(page);
        Assert.True(await page.Locator("#pipeline-cases th.col-due").IsVisibleAsync());
        Assert.True(await page.Locator("#pipeline-cases th.col-overdue").IsVisibleAsync());
        var allRows = await page.Locator("#pipeline-cases tbody tr").CountAsync();
        await page.Locator("#filter-overdue").CheckAsync();
        await page.ClickAsync("#filter-submit");
        await page.WaitForURLAsync("**overdue=true**");
        var counts = await page.Locator("#pipeline-cases td.overdue-count").AllInnerTextsAsync();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(int.Parse(c.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0, c));
        Assert.True(counts.Count < allRows, "the overdue filter leaves out cases without overdue steps");

        // The case page: every submitted value, the uploaded file as a link, back to the list it came from.
        await page.GotoAsync($"{root}/tab/cases/{caseId}?lang=zh-CN&from={Uri.EscapeDataString("/tab?overdue=true")}");
        foreach (var (code, value) in TelApplicationSample.Form().Where(f => f.Key != "declaration"))
        {
            Assert.Equal(value, (await page.Locator($"#application dd[data-field='{code}']").InnerTextAsync()).Trim());
        }

        var link = page.Locator("#materials a.document-link", new() { HasText = "营业执照.pdf" });
        Assert.Equal(1, await link.CountAsync());
        Assert.StartsWith("/api/documents/", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        var download = await page.APIRequest.GetAsync(root + await link.GetAttributeAsync("href"));
        Assert.Equal(200, download.Status);
        Assert.Equal("/tab?overdue=true", await page.Locator("#back-to-list").GetAttributeAsync("href"));

        // Every changed view, both languages, light and dark, desktop and phone; at phone width nothing overflows.
        var views = new[] { ("pipeline", "/tab"), ("deadlines", "/tab/deadlines?days=60"), ("workload", "/tab/workload"), ("register", "/tab/register"), ("case", $"/tab/cases/{caseId}") };
        foreach (var (size, width, height) in _sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (name, path) in views)
            {
                foreach (var lang in new[] { "zh-CN", "en" })
                {
                    foreach (var theme in new[] { "light", "dark" })
                    {
                        await page.GotoAsync($"{root}{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={lang}&theme={theme}");
                        await ManagersTabTests.FluentReadyAsync(page);
                        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"{name}-{lang}-{theme}-{size}.png"), FullPage = true });
                        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        Assert.True(overflow <= 0, $"{name} {lang} {size}: {overflow}px wider than the screen");
                    }
                }
            }
        }

        // On a phone the deadlines' actions stay in view: the first row's remind button and reassign picker.
        await page.GotoAsync($"{root}/tab/deadlines?days=60&lang=zh-CN");
        await ManagersTabTests.FluentReadyAsync(page);
        var row = page.Locator("#deadlines tbody tr").First;
        foreach (var action in new[] { row.Locator("fluent-button.remind"), row.Locator("td.actions select, td.actions .no-candidates").First })
        {
            await action.ScrollIntoViewIfNeededAsync();
            var box = await action.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"an action at {box.X}+{box.Width} is cut off at 390 px");
        }
    }
}
