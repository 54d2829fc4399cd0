using Microsoft.Playwright;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// The Playground's web UI in headless Chromium. Every request that does not go to the loopback interface is aborted
/// (the page asks a CDN for web fonts). The chat box is a contenteditable div; the send button's accessible name is
/// "Send Message"; every message from the bot is an element of class <c>fai-OutputCard</c> (under a "Message author"
/// header naming the bot, "Test Bot"). Loading the UI makes the Playground send <c>installationUpdate</c> and <c>conversationUpdate</c> to the bot.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;
    private readonly string _artifacts;

    private PlaygroundBrowser(IPlaywright playwright, IBrowserContext context, string profile, IPage page, string artifacts)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
        Page = page;
        _artifacts = artifacts;
    }

    public IPage Page { get; }

    public static async Task<PlaygroundBrowser> OpenAsync(Uri playground, string artifacts)
    {
        var profile = Directory.CreateTempSubdirectory("teamscert-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await ChromiumLauncher.LaunchAsync(playwright, profile, 1280, 900);
        await context.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var browser = new PlaygroundBrowser(playwright, context, profile, page, artifacts);
        await page.GotoAsync(playground.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await browser.ChatBox.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        return browser;
    }

    public ILocator ChatBox => Page.Locator("[contenteditable='true']").First;

    public ILocator SendButton => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send Message" });

    /// <summary>The bot's messages in the open chat, oldest first.</summary>
    public ILocator BotMessages => Page.Locator(".fai-OutputCard");

    /// <summary>Waits until the chat shows more than <paramref name="before"/> bot messages, and returns the newest.</summary>
    public async Task<ILocator> WaitForBotMessageAfterAsync(int before, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (await BotMessages.CountAsync() <= before)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no new bot message within {timeoutMs} ms (still {before})");
            }

            await Task.Delay(100);
        }

        return BotMessages.Last;
    }

    /// <summary>Types <paramref name="text"/> into the chat box and presses the send button.</summary>
    public async Task SendAsync(string text)
    {
        await ChatBox.ClickAsync();
        await ChatBox.PressSequentiallyAsync(text);
        await SendButton.ClickAsync();
    }

    /// <summary>Waits until <paramref name="text"/> is visible on the page, and returns its locator.</summary>
    public async Task<ILocator> WaitForTextAsync(string text, float timeoutMs = 30_000)
    {
        var found = Page.GetByText(text).Last;
        await found.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = timeoutMs });
        return found;
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var file = Path.Combine(_artifacts, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
