using TeamsCert.Web.Texts;

namespace TeamsCert.IntegrationTests.Cards;

public class UiLanguageTests
{
    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("zh-cn", true)]
    [InlineData("zh", true)]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("fr-FR", false)]
    public void From_Locale_ChoosesChineseOrEnglish(string? locale, bool chinese)
    {
        var l = UiLanguage.From(locale);

        Assert.Equal(chinese, l.IsChinese);
        Assert.Equal(chinese ? "zh-CN" : "en", l.Tag);
    }

    [Fact]
    public void Time_Instant_IsShownInShanghaiTime() =>
        Assert.Equal("2025-06-10 09:30", UiLanguage.Time(new DateTimeOffset(2025, 6, 10, 1, 30, 0, TimeSpan.Zero)));
}
