using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>
/// The decision cards through the real host's /api/messages: the application review shows the submitted application and
/// its files, the deficiency notice is a checklist of the scheme's materials, a refused answer comes back as the same
/// form with the problem beside the field, and the notice's outcome names the person and the time.
/// </summary>
public sealed class BotDecisionCardTests(BotServers servers) : IClassFixture<BotServers>, IDisposable
{
    private readonly BotChat _chat = new(servers.Connector);

    [Fact]
    public async Task ReviewCard_SubmittedTelApplication_ShowsEveryValueWithItsLabelAndEachFile()
    {
        var (@case, files) = await _chat.SubmitTelApplicationAsync();

        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, BotChat.StepData(@case, "application-review"));

        var text = BotChat.Text(card);
        foreach (var (code, value) in Form())
        {
            var label = Domain.Applications.ApplicationForms.For("TEL").Field(code)!.Label.ZhCn;
            var shown = code == "declaration" ? "✓" : value;
            Assert.Contains(CardQuery.Objects(card), o => (string?)o["title"] == Escaped(label) && (string?)o["value"] == Escaped(shown));
        }

        var baseUrl = _chat.Host.Factory.Services.GetRequiredService<CardOptions>().PublicBaseUrl.AbsoluteUri.TrimEnd('/');
        foreach (var (id, name) in files)
        {
            var open = CardQuery.OfType(card, "Action.OpenUrl").Single(a => (string?)a["title"] == name);
            Assert.Equal($"{baseUrl}/api/documents/{id:D}/content", (string?)open["url"]);
        }

        Assert.Contains("企业营业执照及年检证明复印件", text, StringComparison.Ordinal);
        Assert.Contains("申请材料（已提交 4 / 共", text, StringComparison.Ordinal);
        Assert.DoesNotContain("businessLicence", CardQuery.OfType(card, "TextBlock").Select(t => (string?)t["text"]), StringComparer.Ordinal);
    }

    [Fact]
    public async Task DeficiencyNotice_TickedMaterials_AcceptedRecordedAndOutcomeNamesPersonAndTime()
    {
        var (@case, _) = await _chat.SubmitTelApplicationAsync();
        var form = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, BotChat.StepData(@case, "application-review"));
        var checklist = CardQuery.Input(form, "deficiency.missing")!;
        Assert.Equal(("Input.ChoiceSet", true, "expanded"), ((string?)checklist["type"], (bool?)checklist["isMultiSelect"], (string?)checklist["style"]));
        var ticked = ((string?)checklist["value"])!.Split(',');
        Assert.Contains("servicePermits", ticked);
        Assert.DoesNotContain("businessLicence", ticked);
        Assert.Contains(checklist["choices"]!.AsArray(), c => (string?)c!["title"] == "企业营业执照及年检证明复印件" && (string?)c["value"] == "businessLicence");

        var outcome = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Act,
            BotChat.StepData(@case, "application-review", ("action", "deficiency"), ("deficiency.missing", "servicePermits,serviceList"), ("lang", "zh-CN")));

        var after = await _chat.LoadAsync(@case.Id);
        Assert.Equal(["servicePermits", "serviceList"], after.MissingMaterials);
        Assert.Equal(CaseStage.AwaitingApplicant, after.Stage);
        var text = BotChat.Text(outcome);
        Assert.Contains("李评审 于 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0001-01-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("? 于", text, StringComparison.Ordinal);
        await using var scope = _chat.Host.Factory.Services.CreateAsyncScope();
        var journal = await scope.ServiceProvider.GetRequiredService<CaseStore>().JournalAsync(@case.Id);
        var notice = journal.Single(r => r.Type == "application.deficiency-notified");
        Assert.Contains("servicePermits,serviceList", notice.DataJson, StringComparison.Ordinal);
        Assert.Contains(Web.Texts.UiLanguage.Time(notice.At), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedInput_MissingReason_SameFormWithTheMessageBesideTheFieldAndTypedValuesKept()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Act,
            BotChat.StepData(@case, "application-review", ("action", "reject"), ("reject.reason", " "), ("lang", "zh-CN")));

        var body = card["body"]!.AsArray().Select(n => n!.AsObject()).ToList();
        var input = body.FindIndex(o => (string?)o["id"] == "reject.reason");
        Assert.True(input >= 0, "the reject form is open in the card's body");
        var problem = body[input + 1];
        Assert.Equal(("reject.reason.problem", "attention"), ((string?)problem["id"], (string?)problem["color"]));
        Assert.Equal("请填写“理由”", (string?)problem["text"]);
        Assert.Contains(CardQuery.Buttons(card, CardVerbs.Act), b => (string?)b["data"]!["action"] == "reject" && (string?)b["title"] == "不予受理");
        Assert.Equal(CaseStage.ApplicationReview, (await _chat.LoadAsync(@case.Id)).Stage);
    }

    [Fact]
    public async Task RefusedInput_UnknownMaterial_FormComesBackWithTheTicksKept()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Act,
            BotChat.StepData(@case, "application-review", ("action", "deficiency"), ("deficiency.missing", "serviceList,营业执照"), ("lang", "en")));

        var checklist = CardQuery.Input(card, "deficiency.missing")!;
        Assert.Equal("serviceList,营业执照", (string?)checklist["value"]);
        var problem = CardQuery.Objects(card).Single(o => (string?)o["id"] == "deficiency.missing.problem");
        Assert.StartsWith("unknown material", (string?)problem["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("未知", (string?)problem["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("data.missing", BotChat.Text(card), StringComparison.Ordinal);
    }

    private static string Escaped(string text) => Web.Bot.Cards.Model.CardMarkdown.Escape(text);

    private static Dictionary<string, string> Form() => Portal.TelApplicationSample.Form();

    public void Dispose() => _chat.Dispose();
}
