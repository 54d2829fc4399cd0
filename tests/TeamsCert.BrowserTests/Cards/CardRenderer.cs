using System.Text.Json;
using Microsoft.Playwright;
using TeamsCert.IntegrationTests.Cards.Samples;
using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.BrowserTests.Cards;

/// <summary>One headless Chromium (fresh profile, no network) with the card page loaded, shared by the card tests.</summary>
public sealed class CardRenderer : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private IPage? _page;
    private string? _profile;
    private readonly Dictionary<string, string> _hostConfigs = [];

    public async Task InitializeAsync()
    {
        if (BrowserTools.Missing() is { } missing)
        {
            // Locally the tests are skipped; on CI this fixture failing fails every card test with the reason.
            if (BrowserTools.IsCi)
            {
                throw new InvalidOperationException($"CI=true and the browser tools are missing: {missing}");
            }

            return;
        }

        _profile = Directory.CreateTempSubdirectory("teamscert-chromium-").FullName;
        _playwright = await Playwright.CreateAsync();
        _context = await ChromiumLauncher.LaunchAsync(_playwright, _profile, 640, 900);
        _page = _context.Pages.Count > 0 ? _context.Pages[0] : await _context.NewPageAsync();
        await _page.RouteAsync("**/*", route => route.AbortAsync());
        await _page.SetContentAsync(CardPage.Html());
        foreach (var theme in new[] { "light", "dark" })
        {
            _hostConfigs[theme] = await File.ReadAllTextAsync(BrowserTools.HostConfig(theme));
        }
    }

    /// <summary>The Teams host config of a theme (<c>light</c> or <c>dark</c>), as JSON.</summary>
    public string HostConfig(string theme) => _hostConfigs[theme];

    /// <summary>
    /// Another page of the same browser with the card page loaded, <paramref name="width"/> pixels wide, the card filling
    /// it as a chat does (for a test that clicks in its cards and must not disturb the shared page).
    /// </summary>
    public async Task<IPage> OpenPageAsync(int width)
    {
        var context = _context ?? throw new InvalidOperationException(BrowserTools.Missing() ?? "the browser did not start");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.RouteAsync("**/*", route => route.AbortAsync());
        await page.SetContentAsync(CardPage.Html());
        await page.EvaluateAsync("w => { document.getElementById('card').style.width = w + 'px'; }", Math.Min(600, width - 24));
        return page;
    }

    public async Task<RenderedCard> RenderAsync(CardSample sample, string theme)
    {
        var page = _page ?? throw new InvalidOperationException(BrowserTools.Missing() ?? "the browser did not start");
        var result = await page.EvaluateAsync<JsonElement>("([card, host]) => window.renderCard(JSON.parse(card), JSON.parse(host))",
            new[] { CardJson.Serialize(sample.Card), _hostConfigs[theme] });
        var errors = result.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
        var buttons = await page.Locator("#card button:visible").CountAsync();
        var file = Path.Combine(BrowserTools.ArtifactsFolder(), theme == "light" ? $"{sample.Name}-{sample.Locale}.png" : $"{sample.Name}-{sample.Locale}-{theme}.png");
        await page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = file });
        return new RenderedCard(result.GetProperty("text").GetString() ?? string.Empty, buttons, errors, file);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _playwright?.Dispose();
        if (_profile is not null)
        {
            Directory.Delete(_profile, recursive: true);
        }
    }
}
