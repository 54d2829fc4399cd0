namespace TeamsCert.BrowserTests.Playground;

/// <summary>The Playground's web UI in headless Chromium talking to the real app process.</summary>
public sealed class PlaygroundChatTests(PlaygroundHost host) : IClassFixture<PlaygroundHost>
{
    [BrowserFact]
    public async Task ChatBox_Help_WelcomeThenHelpCardAppear()
    {
        await using var browser = await PlaygroundBrowser.OpenAsync(host.Playground, PlaygroundHost.ArtifactsFolder);
        // Opening the UI installs the bot: its welcome card comes first, so the reply below is not mistaken for it.
        await browser.WaitForTextAsync("Welcome to TeamsCert");
        await browser.ScreenshotAsync("chat-1-opened");
        var before = await browser.BotMessages.CountAsync();

        await browser.SendAsync("help");

        var reply = await browser.WaitForBotMessageAfterAsync(before);
        await browser.ScreenshotAsync("chat-2-replied");
        Assert.Contains("TeamsCert help", await reply.InnerTextAsync(), StringComparison.Ordinal); // the Playground's locale is en-US
    }
}
