using Microsoft.Playwright;

namespace TeamsCert.BrowserTests;

/// <summary>Debian's headless Chromium (<see cref="BrowserTools.Chromium"/>) with a fresh profile, launched the same way for every browser test.</summary>
internal static class ChromiumLauncher
{
    private static readonly string[] _args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string profile, int width, int height) =>
        playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = BrowserTools.Chromium,
            Headless = true,
            Args = _args,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
}
