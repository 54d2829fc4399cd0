using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TeamsCert.BrowserTests.Playground;
using TeamsCert.IntegrationTests.Portal;

namespace TeamsCert.BrowserTests.Portal;

/// <summary>
/// Issue 13's portal walk in headless Chromium against the app as a process, at 1280 px and at 390 px, in Chinese and in
/// English: an invitation made through the API → the form prefilled from it → a file uploaded and a draft saved → the
/// link opened again (the draft is there) → submitting with materials missing (the warning, confirmed) → the receipt;
/// then a revoked link and "send me a new link". Every view is shot light and dark
/// (<c>artifacts/portal/{view}-{lang}-{theme}-{desktop|phone}.png</c>) and checked for horizontal scrolling.
/// </summary>
public sealed class PortalApplicantJourneyTests
{
    private const string Organization = "北京浏览器示例有限公司";
    private const string ContactEmail = "zhaoliu@example.com";

    [BrowserFact]
    public async Task Invitation_PrefilledDraftAgainWarningReceipt_AndDeadLinkAsksForNewOne_ZhEnDesktopPhone()
    {
        var artifacts = BrowserTools.ArtifactsFolder("portal");
        var work = Directory.CreateTempSubdirectory("teamscert-journey-").FullName;
        try
        {
            // Four dead-link requests (zh and en, desktop and phone) within a minute: above the default per-IP limit of 3.
            await using var app = await TeamsCertWebApp.StartAsync(Path.Combine(work, "data"), new Dictionary<string, string> { ["Portal:NewLinkRequestsPerMinute"] = "20" }, Path.Combine(artifacts, "journey-app.log"));
            using var staff = new HttpClient { BaseAddress = app.BaseAddress };
            staff.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
            var licence = Path.Combine(work, "营业执照.pdf");
            PdfFile.Write(licence, 120_000);
            var playwright = await Playwright.CreateAsync();
            foreach (var (width, size) in new[] { (1280, "desktop"), (390, "phone") })
            {
                foreach (var lang in new[] { "zh-CN", "en" })
                {
                    var profile = Directory.CreateTempSubdirectory("teamscert-chromium-").FullName;
                    await using var browser = await ChromiumLauncher.LaunchAsync(playwright, profile, width, 844);
                    var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
                    var shots = new Shots(page, artifacts, lang, size);
                    await WalkAsync(staff, page, shots, lang, licence);
                    await DeadLinkAsync(staff, page, shots, lang);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task WalkAsync(HttpClient staff, IPage page, Shots shots, string lang, string licence)
    {
        var (caseId, url, _) = await InviteAsync(staff);
        await page.GotoAsync($"{url}?lang={lang}");
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal((Organization, ContactEmail, "赵六"), (await page.Locator("#f-organization").InputValueAsync(),
            await page.Locator("#f-contactEmail").InputValueAsync(), await page.Locator("#f-contactName").InputValueAsync()));
        await shots.TakeAsync("form");

        foreach (var (code, value) in TelApplicationSample.Form().Where(f => f.Key is not ("declaration" or "organization" or "contactEmail" or "contactName")))
        {
            await page.Locator($"#f-{code}").FillAsync(value);
        }

        await page.Locator(".item[data-item='businessLicence'] input[type=file]").SetInputFilesAsync(licence);
        await page.Locator(".item.supplied[data-item='businessLicence']").WaitForAsync();
        await page.Locator("#f-declaration").CheckAsync();
        await page.Locator("#save-draft").ClickAsync();
        await page.Locator("#notice").WaitForAsync();

        // The same link opened afresh (as after a closed tab): the draft comes back from the server.
        await page.GotoAsync(url);
        await page.Locator("#draft-note").WaitForAsync();
        Assert.Equal(("010-12345678", "120", true), (await page.Locator("#f-contactPhone").InputValueAsync(),
            await page.Locator("#f-personnel").InputValueAsync(), await page.Locator("#f-declaration").IsCheckedAsync()));
        Assert.Equal("营业执照.pdf · 117 KB", await page.Locator(".item[data-item='businessLicence'] .files li").First.EvaluateAsync<string>("li => li.firstChild.textContent"));
        await shots.TakeAsync("draft");

        await page.Locator("#submit").ClickAsync();
        await page.Locator("#incomplete-warning").WaitForAsync();
        Assert.Equal(8, await page.Locator("#incomplete-warning li").CountAsync());
        Assert.Equal("AwaitingApplicant", (await CaseAsync(staff, caseId)).GetProperty("stage").GetString());
        await shots.TakeAsync("warning");

        await page.Locator("#confirm-incomplete").ClickAsync();
        await page.Locator("#receipt-status").WaitForAsync();
        var receipt = await page.Locator("main").InnerTextAsync();
        Assert.Contains("营业执照.pdf (117 KB)", receipt, StringComparison.Ordinal);
        Assert.Contains("TEL-D01", receipt, StringComparison.Ordinal);
        Assert.Contains("010-0000 0000", await page.Locator("#body-contact").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("ApplicationReview", (await CaseAsync(staff, caseId)).GetProperty("stage").GetString());
        // Every answer's value has at least half the table's width (on a phone the label stands above it).
        var narrowest = await page.EvaluateAsync<double>(
            "() => { const t = document.querySelector('#receipt-answers table'); return Math.min(...[...t.querySelectorAll('td')].map(td => td.getBoundingClientRect().width / t.getBoundingClientRect().width)); }");
        Assert.True(narrowest >= 0.5, $"a receipt value has only {narrowest:P0} of the table's width");
        await shots.TakeAsync("receipt");
    }

    private static async Task DeadLinkAsync(HttpClient staff, IPage page, Shots shots, string lang)
    {
        var (_, url, linkId) = await InviteAsync(staff);
        using (var revoked = await staff.DeleteAsync(new Uri($"/api/links/{linkId}", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, revoked.StatusCode);
        }

        await page.GotoAsync($"{url}?lang={lang}");
        Assert.DoesNotContain(Organization, await page.ContentAsync(), StringComparison.Ordinal);
        await shots.TakeAsync("dead-link");
        await page.Locator("#request-link").ClickAsync();
        await page.Locator("#link-requested").WaitForAsync();
        await shots.TakeAsync("link-requested");
    }

    private static async Task<(Guid CaseId, string Url, Guid LinkId)> InviteAsync(HttpClient staff)
    {
        using var response = await staff.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = Organization, contactName = "赵六", contactEmail = ContactEmail });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var link = body.GetProperty("link");
        return (body.GetProperty("case").GetProperty("id").GetGuid(), link.GetProperty("url").GetString()!, link.GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> CaseAsync(HttpClient staff, Guid caseId) =>
        await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));

    /// <summary>Full-page screenshots of the current view, light and dark, after checking it does not scroll sideways.</summary>
    private sealed class Shots(IPage page, string folder, string lang, string size)
    {
        public async Task TakeAsync(string view)
        {
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{view} ({lang}, {size}) scrolls sideways by {overflow} px");
            foreach (var theme in new[] { "light", "dark" })
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{view}-{lang}-{theme}-{size}.png"), FullPage = true });
            }

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        }
    }
}
