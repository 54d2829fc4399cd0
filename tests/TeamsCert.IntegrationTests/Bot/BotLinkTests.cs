using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.IntegrationTests.Links;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Applicant links from Teams: the staff notice when none could be sent, and link.create / link.revoke on cards.</summary>
public sealed class BotLinkTests(BotServers servers) : IClassFixture<BotServers>
{
    private const string Auditor = "user-auditor";

    [Fact]
    public async Task Outbox_ApplicantMessageWithoutContactEmail_ProgrammeManagerGetsLinkNoticeWithCreateAction()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Programme, "help");
        var @case = await chat.OpenCaseAsync();
        await DeficiencyAsync(chat, @case);

        await OutboxRuns.DeliverAsync(chat.Host.Factory);

        var sent = await servers.Connector.WaitForAsync(r => r.Method == "POST" && r.Path.Contains(chat.ConversationOf(BotChat.Programme), StringComparison.Ordinal)
            && r.Body.Contains("申请人待办", StringComparison.Ordinal));
        var card = BotChat.CardOf(JsonNode.Parse(sent.Body)!.AsObject());
        Assert.Contains(@case.Number, BotChat.Text(card), StringComparison.Ordinal);
        Assert.Contains("补交申请材料", BotChat.Text(card), StringComparison.Ordinal);
        var create = Assert.Single(CardQuery.Buttons(card, "link.create"));
        Assert.Equal("documents", (string?)create["data"]!["purpose"]);
        await using var scope = chat.Host.Factory.Services.CreateAsyncScope();
        Assert.DoesNotContain(scope.ServiceProvider.GetRequiredService<TeamsCert.Infrastructure.Persistence.TeamsCertDbContext>().SharedLinks, l => l.CaseId == @case.Id);
    }

    [Fact]
    public async Task LinkCreate_ReviewerWithSendTo_CardShowsWorkingUrlEmailedAndRevokeMakesIt410()
    {
        using var smtp = new LocalSmtpServer();
        using var chat = new BotChat(servers.Connector, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:From"] = "certification@body.example",
        });
        var @case = await chat.InviteAsync();

        var created = await chat.InvokeAsync(BotChat.Reviewer, "link.create", new Dictionary<string, object>
        {
            ["caseId"] = @case.Id.ToString(),
            ["purpose"] = "application-form",
            ["sendTo.application-form"] = "applicant@example.com",
            ["days.application-form"] = 7,
        });
        var url = new Uri((string)CardQuery.Input(created, "createdUrl")!["value"]!);
        using var client = chat.Host.Factory.CreateClient();
        using var open = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        var mail = await smtp.Message.WaitAsync(TimeSpan.FromSeconds(30));
        var revoke = Assert.Single(CardQuery.Buttons(created, "link.revoke"));
        var revoked = await chat.InvokeAsync(BotChat.Reviewer, "link.revoke", revoke["data"]!.AsObject().ToDictionary(p => p.Key, p => (object)(string)p.Value!));
        using var gone = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));

        Assert.StartsWith("/portal/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("已发送至 applicant@example.com", BotChat.Text(created), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains(url.AbsoluteUri, OutboxRuns.MailBody(mail), StringComparison.Ordinal);
        Assert.Empty(CardQuery.Buttons(revoked, "link.revoke"));
        Assert.Contains("暂无有效链接", BotChat.Text(revoked), StringComparison.Ordinal);
        Assert.Null(CardQuery.Input(revoked, "createdUrl"));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task LinkCreate_AuditorWithoutLinkRole_RefusalCardLinkRoleAndNoLink()
    {
        using var chat = new BotChat(servers.Connector, new Dictionary<string, string?> { [$"Bot:DevelopmentUsers:{Auditor}"] = "auditor@demo.local" });
        var @case = await chat.OpenCaseAsync();

        var card = await chat.InvokeAsync(Auditor, "link.create", new { caseId = @case.Id.ToString(), purpose = "application-form" });

        var text = BotChat.Text(card);
        Assert.Contains("未能处理", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"LINK-ROLE\"", text, StringComparison.Ordinal);
        await using var scope = chat.Host.Factory.Services.CreateAsyncScope();
        Assert.DoesNotContain(scope.ServiceProvider.GetRequiredService<TeamsCert.Infrastructure.Persistence.TeamsCertDbContext>().SharedLinks, l => l.CaseId == @case.Id);
    }

    [Fact]
    public async Task LinkCreate_PurposeTheCaseHasNoUseFor_RefusalCardLinkPurpose()
    {
        using var chat = new BotChat(servers.Connector);
        var @case = await chat.OpenCaseAsync();

        var card = await chat.InvokeAsync(BotChat.Programme, "link.create", new { caseId = @case.Id.ToString(), purpose = "corrective-actions" });

        Assert.Contains("\"value\":\"LINK-PURPOSE\"", BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseCommand_InvitationAwaitingTheForm_SummaryOffersCreateLinkAndLinkCard()
    {
        using var chat = new BotChat(servers.Connector);
        var @case = await chat.InviteAsync();

        var reply = await chat.SayAsync(BotChat.Reviewer, $"case {@case.Number}");

        var card = BotChat.CardOf(reply);
        Assert.Equal("application-form", (string?)Assert.Single(CardQuery.Buttons(card, "link.create"))["data"]!["purpose"]);
        Assert.Single(CardQuery.Buttons(card, "link.show"));
    }

    private static async Task DeficiencyAsync(BotChat chat, CertificationCase @case)
    {
        await using var scope = chat.Host.Factory.Services.CreateAsyncScope();
        var step = @case.Steps.Single(s => s.Kind == "application-review" && s.Status == StepStatus.Open);
        await scope.ServiceProvider.GetRequiredService<CaseActions>().ActAsync(@case.Id, step.Id, "deficiency",
            new Dictionary<string, string> { ["missing"] = "businessLicence" }, null, DemoUsers.Find("reviewer@demo.local")!);
    }
}
