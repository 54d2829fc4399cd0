using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TeamsCert.BrowserTests.Playground;

namespace TeamsCert.BrowserTests.Register;

/// <summary>
/// The public register in headless Chromium against the app as a process with demo data: the list, a valid and a
/// suspended certificate and the not-found page, in zh-CN and en, light and dark (prefers-color-scheme), desktop 1280 px
/// and phone 390 px (screenshots in <c>artifacts/register/</c>); no horizontal scroll on a phone.
/// </summary>
public sealed class RegisterPagesTests
{
    [BrowserFact]
    public async Task RegisterPages_DemoData_BothLanguagesBothThemesDesktopAndPhone_NoHorizontalScrollOnPhone()
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-register-").FullName;
        await DemoData.SeedAsync(folder);
        await using var app = await TeamsCertWebApp.StartAsync(folder, new Dictionary<string, string>(), Path.Combine(folder, "app.log"));
        using var api = new HttpClient { BaseAddress = app.BaseAddress };
        var found = await api.GetFromJsonAsync<JsonElement>("/api/register?q=" + Uri.EscapeDataString("演示"));
        var entries = found.EnumerateArray().Select(e => (Number: e.GetProperty("number").GetString()!, Status: e.GetProperty("status").GetString()!)).ToList();
        var valid = entries.First(e => e.Status == "valid").Number;
        var suspended = entries.First(e => e.Status == "suspended").Number;
        var views = new (string Name, string Path, string Check)[]
        {
            ("list", "/register", "h1"),
            ("valid", "/register/" + Uri.EscapeDataString(valid), ".status.valid"),
            ("suspended", "/register/" + Uri.EscapeDataString(suspended), ".period"),
            ("notfound", "/register/TEL-1999-9999", ".error"),
        };

        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright, Path.Combine(folder, "profile"), 1280, 900);
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).IsLoopback ? route.ContinueAsync() : route.AbortAsync());
        var root = app.BaseAddress.ToString().TrimEnd('/');
        var artifacts = BrowserTools.ArtifactsFolder("register");
        var overflow = new List<string>();
        var shots = 0;
        foreach (var (name, path, check) in views)
        {
            foreach (var lang in new[] { "zh-CN", "en" })
            {
                foreach (var theme in new[] { "light", "dark" })
                {
                    await page.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
                    foreach (var (device, width) in new[] { ("desktop", 1280), ("phone", 390) })
                    {
                        await page.SetViewportSizeAsync(width, device == "phone" ? 844 : 900);
                        var response = await page.GotoAsync($"{root}{path}?lang={lang}");
                        Assert.Equal(name == "notfound" ? 404 : 200, response?.Status);
                        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
                        Assert.True(await page.Locator(check).CountAsync() > 0, $"{name} {lang}: {check}");
                        var dark = await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).backgroundColor !== 'rgb(250, 250, 250)'");
                        Assert.Equal(theme == "dark", dark);
                        if (device == "phone")
                        {
                            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                            if (widths[0] > widths[1])
                            {
                                overflow.Add($"{name}-{lang}-{theme}: {widths[0]} > {widths[1]}");
                            }
                        }

                        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"{name}-{lang}-{theme}-{device}.png"), FullPage = true });
                        shots++;
                    }
                }
            }
        }

        Assert.Empty(overflow);
        Assert.Equal(32, shots);
    }
}
