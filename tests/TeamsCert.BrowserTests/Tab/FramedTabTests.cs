using Microsoft.Playwright;
using TeamsCert.Web.Security;

namespace TeamsCert.BrowserTests.Tab;

/// <summary>
/// Issue 12, item 3, done-when: the tab inside an iframe in real Chromium. The parent page is served under the real
/// Teams origin (https://teams.microsoft.com, or https://teams.microsoftonline.cn for the China setting) by Playwright's
/// request interception, so Chromium checks the tab's CSP frame-ancestors against that origin; the tab is the app on
/// https (self-signed, accepted by the browser), a cross-site frame as in Teams. Inside the frame the test makes the
/// Teams SSO call of the sign-in script (a FAKE token, see <see cref="FramedTabHost"/>): the tab then renders with its
/// session cookie sent. A parent under a foreign origin is refused by the CSP.
/// </summary>
public sealed class FramedTabTests
{
    [BrowserTheory]
    [InlineData(TeamsFrameAncestors.PublicCloud, "https://teams.microsoft.com")]
    [InlineData(TeamsFrameAncestors.ChinaCloud, "https://teams.microsoftonline.cn")]
    public async Task FramedTab_ParentOnTeamsOriginByInterceptionFakeSsoToken_RendersWithSessionCookieAndForeignParentIsBlocked(string cloud, string teamsOrigin)
    {
        using var app = new FramedTabHost(cloud);
        var root = app.Root.ToString().TrimEnd('/');
        var profile = Directory.CreateTempSubdirectory("teamscert-framed-profile-").FullName;
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        // The app listens on loopback, which Chromium's Local Network Access checks refuse to a public parent; in Teams the
        // app is public, so those checks are switched off here (CSP and cookie rules stay on).
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright, profile, 1280, 860, ["--ignore-certificate-errors", "--disable-features=LocalNetworkAccessChecks"]);
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        string[] parents = [teamsOrigin, "https://evil.example"];
        await page.RouteAsync("**/*", route =>
        {
            var url = new Uri(route.Request.Url);
            if (parents.Contains(url.GetLeftPart(UriPartial.Authority)))
            {
                return route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = ParentPage(url.Host, root + "/tab/signin?returnUrl=%2Ftab%2Fdeadlines") });
            }

            return url.IsLoopback ? route.ContinueAsync() : route.AbortAsync();
        });
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        page.RequestFailed += (_, request) => console.Add($"failed {request.Url}: {request.Failure}");

        // Under the Teams origin: sign in inside the frame the way the sign-in script does after Teams SSO, then open the view.
        await page.GotoAsync(teamsOrigin + "/");
        var frame = await FrameAsync(page, root + "/tab/signin", console);
        var status = await frame.EvaluateAsync<int>(
            "async token => (await fetch('/tab/session', { method: 'POST', headers: { Authorization: 'Bearer ' + token } })).status", app.Token("manager"));
        Assert.Equal(204, status);
        await frame.EvaluateAsync("() => location.replace('/tab/deadlines?lang=en')");
        frame = await FrameAsync(page, root + "/tab/deadlines", console);
        await frame.WaitForSelectorAsync("#signed-in", new() { Timeout = 15_000 });
        await frame.WaitForFunctionAsync("() => !!customElements.get('fluent-button')", null, new() { Timeout = 15_000 });

        Assert.Equal("王经理", (await frame.InnerTextAsync("#signed-in")).Trim());
        var (_, cookies) = app.TabRequests.Last(r => r.Path == "/tab/deadlines");
        Assert.Contains(cookies, c => c.Contains("TabCookies", StringComparison.Ordinal));
        Assert.Equal(teamsOrigin, await page.EvaluateAsync<string>("() => location.origin"));
        Assert.DoesNotContain(console, m => m.Contains("frame-ancestors", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTools.ArtifactsFolder("tab"), $"framed-in-teams-{cloud.ToLowerInvariant()}.png") });

        // Under a foreign origin the same tab is refused by its CSP: Chromium puts its error page in the frame instead.
        var refusals = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(root + "/tab/signin", StringComparison.Ordinal))
            {
                refusals.Add(response);
            }
        };
        await page.GotoAsync("https://evil.example/");
        var child = page.MainFrame.ChildFrames.Single();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(refusals.Count > 0 && child.Url.StartsWith("chrome-error:", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await page.WaitForTimeoutAsync(100);
        }

        Assert.Equal("https://evil.example", await page.EvaluateAsync<string>("() => location.origin"));
        Assert.Equal(200, Assert.Single(refusals).Status); // the app answered; the browser refused to show it
        Assert.StartsWith("chrome-error:", child.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Frames, f => f.Url.StartsWith(root, StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTools.ArtifactsFolder("tab"), $"framed-by-foreign-origin-{cloud.ToLowerInvariant()}.png") });
    }

    /// <summary>The frame of the app once it has loaded an address starting with <paramref name="prefix"/> (polled, with a deadline).</summary>
    private static async Task<IFrame> FrameAsync(IPage page, string prefix, List<string> console)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (page.Frames.FirstOrDefault(f => f.Url.StartsWith(prefix, StringComparison.Ordinal)) is { } frame)
            {
                await frame.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
                return frame;
            }

            await page.WaitForTimeoutAsync(100);
        }

        throw new TimeoutException($"no frame at {prefix}; frames: {string.Join(", ", page.Frames.Select(f => f.Url))}; console: {string.Join(" | ", console)}");
    }

    private static string ParentPage(string host, string tabUrl) => $$"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>{{host}} (test parent)</title>
        <style>body{margin:0;font-family:'Segoe UI',sans-serif;background:#ebebeb}header{background:#464775;color:#fff;padding:8px 16px}
        iframe{border:0;width:100%;height:800px;background:#fff}</style></head>
        <body><header>{{host}} — test parent page framing the TeamsCert tab</header>
        <iframe id="tab" src="{{tabUrl}}"></iframe></body></html>
        """;
}
