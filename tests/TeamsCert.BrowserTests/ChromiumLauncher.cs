using Microsoft.Playwright;

namespace TeamsCert.BrowserTests;

/// <summary>Debian's headless Chromium (<see cref="BrowserTools.Chromium"/>) with a fresh profile, launched the same way for every browser test.</summary>
internal static class ChromiumLauncher
{
    private static readonly string[] _args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string profile, int width, int height) =>
        LaunchAsync(playwright, profile, width, height, []);

    /// <summary>The same launch with extra command-line switches (e.g. to accept a test's self-signed certificate).</summary>
    public static Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string profile, int width, int height, IReadOnlyList<string> extraArgs) =>
        playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = BrowserTools.Chromium,
            Headless = true,
            Args = [.. _args, .. extraArgs],
            IgnoreHTTPSErrors = extraArgs.Contains("--ignore-certificate-errors"),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
}
