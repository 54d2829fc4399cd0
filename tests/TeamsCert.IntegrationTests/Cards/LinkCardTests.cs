using System.Text.Json.Nodes;
using TeamsCert.IntegrationTests.Cards.Samples;
using TeamsCert.IntegrationTests.Cards.Support;

namespace TeamsCert.IntegrationTests.Cards;

/// <summary>The applicant-link card and the link buttons on other cards.</summary>
public class LinkCardTests
{
    private static JsonObject Sample(string name, string locale = "zh-CN") =>
        CardQuery.Json(CardSamples.All().Single(s => s.Name == name && s.Locale == locale).Card);

    [Fact]
    public void Build_Panel_CreatePrefilledWithContactAndRevokePerLiveLink()
    {
        var card = Sample("links");

        var create = Assert.Single(CardQuery.Buttons(card, "link.create"));
        Assert.Equal("corrective-actions", (string?)create["data"]!["purpose"]);
        Assert.Equal("contact@callcenter.example.cn", (string?)CardQuery.Input(card, "sendTo.corrective-actions")!["value"]);
        Assert.Equal(14, (int?)CardQuery.Input(card, "days.corrective-actions")!["value"]);
        var revoke = Assert.Single(CardQuery.Buttons(card, "link.revoke"));
        Assert.Equal(LinkCardSamples.LinkId.ToString(), (string?)revoke["data"]!["linkId"]);
        Assert.Null(CardQuery.Input(card, "createdUrl"));
    }

    [Theory]
    [InlineData("zh-CN", "已发送至 contact@callcenter.example.cn")]
    [InlineData("en", "E-mailed to contact@callcenter.example.cn")]
    public void Build_Created_UrlInCopyableInputAndEmailedLine(string locale, string emailed)
    {
        var card = Sample("links-created", locale);

        Assert.StartsWith("https://teamscert.example.cn/portal/", (string?)CardQuery.Input(card, "createdUrl")!["value"], StringComparison.Ordinal);
        Assert.Contains(emailed, CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CreatedWithoutMail_SaysCopyTheLink()
    {
        Assert.Contains("未配置邮件服务器", CardQuery.AllText(Sample("links-created-copy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "申请人待办：纠正措施")]
    [InlineData("en", "The applicant must act on: Corrective actions")]
    public void Build_Notice_TitleNamesWhatTheApplicantMustDo(string locale, string title)
    {
        var card = Sample("links-notice", locale);

        Assert.Contains(title, CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Single(CardQuery.Buttons(card, "link.create"));
    }

    [Fact]
    public void Build_ApplicantStepReadOnly_OffersTheLinkCard()
    {
        Assert.Single(CardQuery.Buttons(Sample("step-corrective-actions-applicant"), "link.show"));
        Assert.Empty(CardQuery.Buttons(Sample("step-corrective-actions-readonly"), "link.show"));
    }
}
