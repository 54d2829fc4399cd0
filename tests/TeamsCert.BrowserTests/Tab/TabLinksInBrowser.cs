using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace TeamsCert.BrowserTests.Tab;

/// <summary>
/// 申请人链接 / Applicant links in Chromium: a manager creates a link on a new invitation case from the case page, sees
/// its URL once with a working copy button, opens the portal with it, then revokes it (the portal answers 410).
/// </summary>
internal static class TabLinksInBrowser
{
    public static async Task CreateCopyAndRevokeAsync(IPage page, HttpClient api, string root, string artifacts)
    {
        using var invited = await api.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = "浏览器测试呼叫中心有限公司", createLink = false });
        invited.EnsureSuccessStatusCode();
        var caseId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetGuid();

        await page.GotoAsync($"{root}/tab/cases/{caseId}?lang=en&theme=light");
        await ManagersTabTests.FluentReadyAsync(page);
        await page.SelectOptionAsync("#create-link select[name=purpose]", "application-form");
        await page.FillAsync("#create-link input[name=expiresInDays]", "10");
        await page.ClickAsync("#create-link-button");
        await page.WaitForURLAsync($"**/tab/cases/{caseId}/links**");
        await ManagersTabTests.FluentReadyAsync(page);
        var url = await page.InputValueAsync("#created-url");
        Assert.StartsWith("http", url, StringComparison.Ordinal);
        Assert.Contains("/portal/", url, StringComparison.Ordinal);
        Assert.DoesNotContain(url.Split('/')[^1], page.Url, StringComparison.Ordinal);
        Assert.Equal("active", await page.GetAttributeAsync("#links tbody tr", "data-status"));

        await page.ClickAsync("#copy-url");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const i = document.getElementById('created-url'); return document.activeElement === i && i.selectionEnd === i.value.length; }"),
            "the copy button selects the whole address");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "links-en-light.png"), FullPage = true });

        var token = url.Split('/')[^1];
        var portal = await page.APIRequest.GetAsync($"{root}/portal/{token}");
        Assert.Equal(200, portal.Status);

        // Back on the case page: the URL is not shown again; revoke the live link.
        await page.GotoAsync($"{root}/tab/cases/{caseId}?lang=en&theme=contrast");
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);
        await ManagersTabTests.FluentReadyAsync(page);
        await page.ClickAsync("#links tbody tr fluent-button.revoke");
        await page.WaitForURLAsync($"**/tab/cases/{caseId}/links**");
        await ManagersTabTests.FluentReadyAsync(page);
        Assert.Equal("revoked", await page.GetAttributeAsync("#links tbody tr", "data-status"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "links-en-contrast.png"), FullPage = true });
        Assert.Equal(410, (await page.APIRequest.GetAsync($"{root}/portal/{token}")).Status);
    }
}
