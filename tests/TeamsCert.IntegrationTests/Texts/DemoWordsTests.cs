using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Tab;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Texts;

namespace TeamsCert.IntegrationTests.Texts;

/// <summary>
/// Words where the data holds codes or Chinese names, on the demo data seeded through the runtime: a status change's
/// reason is chosen from the scheme's reasons in words (never a typed trigger code), a special audit's reason likewise,
/// and a star level or band reads in the page's language on the case page, the tab's register and the decider's card.
/// </summary>
public sealed class DemoWordsTests : IDisposable
{
    private const string Manager = "manager@demo.local";
    private readonly TeamsCertFactory _factory = new();

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task StatusCard_CertifiedCase_ReasonsAreTheSchemesTriggersInWordsForEachTargetStatus(string language)
    {
        await SeedAsync();
        var (@case, step) = await OpenStepAsync("北京星河呼叫中心有限公司（演示）", "certificate-status");
        var rules = _factory.Services.GetRequiredService<RulesRuntime>().Schemes.Version(@case.Scheme, @case.RuleSetVersion);
        var card = await CardAsync(@case, step, language);

        foreach (var (action, to) in new[] { ("suspend", CertificateState.Suspended), ("revoke", CertificateState.Revoked) })
        {
            var expected = rules.Certificate.Transitions.Where(t => t.From == @case.Facts.Certificate!.State && t.To == to).SelectMany(t => t.Triggers).ToList();
            var input = Inputs(card).Single(i => (string?)i["id"] is { } id && id.StartsWith(action + ".", StringComparison.Ordinal) && id.EndsWith(".trigger", StringComparison.Ordinal));
            Assert.Equal("Input.ChoiceSet", (string?)input["type"]);
            var choices = input["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(t => t.Code), choices.Select(c => c.Item2));
            foreach (var (title, code) in choices)
            {
                var trigger = expected.Single(t => t.Code == code);
                Assert.StartsWith(language == "en" ? trigger.Label.En : trigger.Label.ZhCn, title, StringComparison.Ordinal);
                Assert.Contains(trigger.Source, title, StringComparison.Ordinal);
                Assert.DoesNotContain(code, title, StringComparison.Ordinal);
            }
        }

        var special = Inputs(card).Single(i => (string?)i["id"] is { } id && id.StartsWith("special-audit-request.", StringComparison.Ordinal) && id.EndsWith(".trigger", StringComparison.Ordinal));
        Assert.All(special["choices"]!.AsArray(), c =>
        {
            var code = (string)c!["value"]!;
            Assert.StartsWith(language == "en" ? Vocabulary.SpecialAuditTrigger(code).En : Vocabulary.SpecialAuditTrigger(code).ZhCn, (string)c["title"]!, StringComparison.Ordinal);
            Assert.False(code.Contains('-', StringComparison.Ordinal) && ((string)c["title"]!).Contains(code, StringComparison.Ordinal), (string?)c["title"]);
        });
        Assert.DoesNotContain(CardQuery.Objects(card), o => (string?)o["label"] is "触发原因代码" or "Trigger code");
    }

    [Fact]
    public async Task SuspendFromTheCard_ChosenReason_CertificateSuspendedWithThatTrigger()
    {
        await SeedAsync();
        var (@case, step) = await OpenStepAsync("北京星河呼叫中心有限公司（演示）", "certificate-status");
        var card = await CardAsync(@case, step, "zh-CN");
        var input = Inputs(card).Single(i => (string?)i["id"] is { } id && id.StartsWith("suspend.", StringComparison.Ordinal) && id.EndsWith(".trigger", StringComparison.Ordinal));
        var chosen = (string)input["choices"]![0]!["value"]!;

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var actions = scope.ServiceProvider.GetRequiredService<CaseActions>();
            await actions.ActAsync(@case.Id, step.Id, "suspend", new Dictionary<string, string> { ["trigger"] = chosen, ["reason"] = "监督抽查不合格（测试）" }, null,
                DemoUsers.Find("programme@demo.local")!, null, CancellationToken.None);
        }

        var after = await LoadAsync(@case.Id);
        Assert.Equal(CertificateState.Suspended, after.Facts.Certificate!.State);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task StarLevel_CertifiedTelCase_GradeInThePagesLanguageOnCasePageRegisterAndCard(string language)
    {
        await SeedAsync();
        var (@case, _) = await OpenStepAsync("北京星河呼叫中心有限公司（演示）", "certificate-status");
        var rules = _factory.Services.GetRequiredService<RulesRuntime>().Schemes.Version(@case.Scheme, @case.RuleSetVersion);
        var stored = @case.Facts.Score!.Grade!;
        var grade = ScoreWords.Grade(rules, stored)!;
        Assert.NotEqual(grade.ZhCn, grade.En);
        var (shown, other) = language == "en" ? (grade.En, grade.ZhCn) : (grade.ZhCn, grade.En);
        using var forms = new TabForms(_factory);

        var (status, casePage) = await forms.GetAsync($"/tab/cases/{@case.Id}?lang={language}", Manager);
        var (_, register) = await forms.GetAsync($"/tab/register?lang={language}", Manager);

        Assert.Equal(HttpStatusCode.OK, status);
        var score = PeopleTexts.OfHtml(System.Text.RegularExpressions.Regex.Match(casePage, "<dd id=\"case-score\">(.*?)</dd>").Groups[1].Value);
        Assert.Equal(language == "en" ? ScoreWords.Describe(@case.Facts.Score, rules).En : ScoreWords.Describe(@case.Facts.Score, rules).ZhCn, score);
        Assert.Contains(shown, score, StringComparison.Ordinal);
        Assert.Contains(shown, PeopleTexts.OfHtml(register), StringComparison.Ordinal);
        Assert.DoesNotContain(other, PeopleTexts.OfHtml(register), StringComparison.Ordinal);

        var decision = @case.Steps.FirstOrDefault(s => s.Kind == "certification-decision")!;
        var card = await CardAsync(@case, decision, language);
        var fact = CardQuery.Objects(card).Where(o => (string?)o["title"] == (language == "en" ? "Score" : "评分")).Select(o => (string?)o["value"]).Single();
        Assert.Contains(shown, fact, StringComparison.Ordinal);
        Assert.DoesNotContain("✓", fact, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task CasePage_CertifiedTelCase_EachDoneStepSaysHowItEndedInWords(string language)
    {
        await SeedAsync();
        var (@case, _) = await OpenStepAsync("北京星河呼叫中心有限公司（演示）", "certificate-status");
        var rules = _factory.Services.GetRequiredService<RulesRuntime>().Schemes.Version(@case.Scheme, @case.RuleSetVersion);
        using var forms = new TabForms(_factory);

        var (_, html) = await forms.GetAsync($"/tab/cases/{@case.Id}?lang={language}", Manager);

        var steps = PeopleTexts.OfHtml(System.Text.RegularExpressions.Regex.Match(html, "<table id=\"steps\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        var grant = rules.Outcomes.Single(o => o.Code == "grant").Label;
        Assert.Contains(language == "en" ? $"Done · {grant.En}" : $"已完成 · {grant.ZhCn}", steps, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "Done · accepted" : "已完成 · 已接受", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("grant", steps.Replace(grant.En, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(PeopleTexts.Problems(steps, language, _factory.Services.GetRequiredService<RulesRuntime>()));
    }

    public void Dispose() => _factory.Dispose();

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        CardQuery.Objects(card).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    private async Task<JsonObject> CardAsync(CertificationCase @case, PendingStep step, string language)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var cards = scope.ServiceProvider.GetRequiredService<StepCardFactory>();
        // The card as the person who may act on the step sees it, with its forms.
        var acting = cards.ActingPeople(step);
        var actor = acting.Count > 0 ? acting[0] : new Person(Manager, Manager);
        return CardQuery.Json(await cards.BuildAsync(@case, step, actor, null, language, CancellationToken.None));
    }

    private async Task<(CertificationCase Case, PendingStep Step)> OpenStepAsync(string organization, string kind)
    {
        Guid id;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>().Cases.Where(c => c.Organization == organization).Select(c => c.Id).SingleAsync();
        }

        var @case = await LoadAsync(id);
        return (@case, @case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open));
    }

    private async Task<CertificationCase> LoadAsync(Guid id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CaseStore>().LoadAsync(id, CancellationToken.None))!;
    }

    private Task SeedAsync() => _factory.SeedDemoAsync(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
}
