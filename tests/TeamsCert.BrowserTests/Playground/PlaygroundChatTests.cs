using TeamsCert.Web.Bot;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>The Playground's web UI in headless Chromium talking to the real app process.</summary>
public sealed class PlaygroundChatTests(PlaygroundHost host) : IClassFixture<PlaygroundHost>
{
    [BrowserFact]
    public async Task ChatBox_TextMessage_BotReplyAppears()
    {
        await using var browser = await PlaygroundBrowser.OpenAsync(host.Playground, PlaygroundHost.ArtifactsFolder);
        await browser.ScreenshotAsync("chat-1-opened");

        await browser.SendAsync("你好 TeamsCert");

        await browser.WaitForTextAsync("你好 TeamsCert");
        // The transport's default handler answers every text; the conversation handler (issue 4) will answer with help instead.
        var reply = await browser.WaitForTextAsync(DefaultBotActivityHandler.ReceivedText);
        await browser.ScreenshotAsync("chat-2-replied");
        Assert.True(await reply.IsVisibleAsync());
    }
}
