using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>Issue 12, item 3: <c>Tab:Cloud</c> and <c>Tab:FrameAncestors</c> are checked at start; a bad value stops the app with its key named.</summary>
public sealed class FrameSettingsStartupTests
{
    [Theory]
    [InlineData("Tab:Cloud", "Mars", "Tab:Cloud must be Public or China")]
    [InlineData("Tab:FrameAncestors:0", "https://teams.example.cn; script-src *", "Tab:FrameAncestors:0 must be an https origin")]
    [InlineData("Tab:FrameAncestors:0", "http://teams.example.cn", "Tab:FrameAncestors:0 must be an https origin")]
    [InlineData("Tab:FrameAncestors:0", "*", "Tab:FrameAncestors:0 must be an https origin")]
    public void Start_BadFrameSetting_RefusedNamingTheKey(string key, string value, string message)
    {
        using var factory = new TeamsCertFactory();
        using var host = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = host.FailedStart<OptionsValidationException>();

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
