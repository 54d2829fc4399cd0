using System.Diagnostics;
using TeamsCert.IntegrationTests.Cards.Samples;

namespace TeamsCert.BrowserTests.Cards;

[Collection(BrowserGroup.Name)]
public class CardRenderingTests(CardRenderer renderer)
{
    public static TheoryData<string, string> AllSamples() => Data(CardSamples.All());

    public static TheoryData<string, string> DarkSamples() =>
        Data(CardSamples.All().Where(s => !s.Name.StartsWith("step-", StringComparison.Ordinal) || s.Name is "step-team-assignment" or "step-certificate-status"));

    [BrowserTheory]
    [MemberData(nameof(AllSamples))]
    public Task Render_EveryCardTeamsLight_ShowsTitleAndEveryButtonWithoutErrors(string name, string locale) => AssertRendersAsync(name, locale, "light");

    [BrowserTheory]
    [MemberData(nameof(DarkSamples))]
    public Task Render_CardsTeamsDark_ShowsTitleAndEveryButtonWithoutErrors(string name, string locale) => AssertRendersAsync(name, locale, "dark");

    [BrowserFact]
    public async Task Render_ChineseText_HasACjkFontInstalled()
    {
        using var fcList = Process.Start(new ProcessStartInfo("fc-list", ":lang=zh family") { RedirectStandardOutput = true })!;
        var fonts = await fcList.StandardOutput.ReadToEndAsync();
        await fcList.WaitForExitAsync();

        Assert.False(string.IsNullOrWhiteSpace(fonts), "no CJK font: Chinese renders as boxes; install fonts-noto-cjk (source .ci/tools.sh)");
    }

    private async Task AssertRendersAsync(string name, string locale, string theme)
    {
        var sample = CardSamples.All().Single(s => s.Name == name && s.Locale == locale);

        var rendered = await renderer.RenderAsync(sample, theme);

        Assert.Empty(rendered.Errors);
        Assert.Contains(sample.Title, rendered.Text, StringComparison.Ordinal);
        Assert.Equal(CardButtons.Count(sample.Card), rendered.VisibleButtons);
        Assert.True(new FileInfo(rendered.Screenshot).Length > 1000, rendered.Screenshot);
    }

    private static TheoryData<string, string> Data(IEnumerable<CardSample> samples)
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in samples)
        {
            data.Add(sample.Name, sample.Locale);
        }

        return data;
    }
}
