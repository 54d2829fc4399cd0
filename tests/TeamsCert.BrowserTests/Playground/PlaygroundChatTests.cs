namespace TeamsCert.BrowserTests.Playground;

/// <summary>The Playground's web UI in headless Chromium talking to the real app process.</summary>
public sealed class PlaygroundChatTests(PlaygroundHost host) : IClassFixture<PlaygroundHost>
{
    [BrowserFact]
    public async Task ChatBox_TextMessage_BotReplyAppears()
    {
        await using var browser = await PlaygroundBrowser.OpenAsync(host.Playground, PlaygroundHost.ArtifactsFolder);
        await browser.ScreenshotAsync("chat-1-opened");
        var before = await browser.BotMessages.CountAsync();

        await browser.SendAsync("你好 TeamsCert");

        await browser.WaitForTextAsync("你好 TeamsCert");
        // Whatever handler is registered answers a text: today the transport's "收到 / received", later the help card.
        var reply = await browser.WaitForBotMessageAfterAsync(before);
        await browser.ScreenshotAsync("chat-2-replied");
        Assert.False(string.IsNullOrWhiteSpace(await reply.InnerTextAsync()));
    }
}
