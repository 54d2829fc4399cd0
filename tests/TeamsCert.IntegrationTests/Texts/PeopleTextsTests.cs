using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.IntegrationTests.Access;
using TeamsCert.IntegrationTests.Bot;

namespace TeamsCert.IntegrationTests.Texts;

/// <summary>
/// Every text the tab, the portal, the register and the bot's cards render for the demo data, in zh-CN and in en, holds
/// no internal code (step kinds, event types, role codes, purposes, triggers, field paths, JSON, hashes, applicant ids)
/// and none of the other language's words for a status, stage, role, step or event (issue 13: one language per page,
/// people never see codes).
/// </summary>
public sealed class PeopleTextsTests(AccessWalkHost host) : IClassFixture<AccessWalkHost>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Tab_EveryViewAndCaseOfTheDemoData_NoCodeAndOneLanguage(string language)
    {
        using var manager = host.Client(AccessWalkHost.Manager);
        var pages = new List<string> { "/tab/pipeline", "/tab/deadlines", "/tab/workload", "/tab/register" };
        pages.AddRange(host.AllCases.Select(c => $"/tab/cases/{c.Id}"));
        pages.AddRange(host.AllCases.Select(c => $"/tab/cases/{c.Id}/links"));

        var problems = new List<string>();
        foreach (var page in pages)
        {
            problems.AddRange(await PageProblemsAsync(manager, page, language));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Register_ListAndEveryDemoCertificate_NoCodeAndOneLanguage(string language)
    {
        using var anyone = host.Chat.Host.Factory.CreateClient();
        var list = await anyone.GetFromJsonAsync<JsonElement>(new Uri("/api/register/?q=" + Uri.EscapeDataString("演示"), UriKind.Relative));
        var numbers = Numbers(list).ToList();
        var problems = new List<string>();
        problems.AddRange(await PageProblemsAsync(anyone, "/register/?q=" + Uri.EscapeDataString("演示"), language));
        foreach (var number in numbers)
        {
            problems.AddRange(await PageProblemsAsync(anyone, $"/register/{Uri.EscapeDataString(number)}", language));
        }

        Assert.NotEmpty(numbers);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Portal_ApplicationFormOfAnInvitation_NoCodeAndOneLanguage(string language)
    {
        using var manager = host.Client(AccessWalkHost.Manager);
        using var invited = await manager.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = "上海示例客服外包有限公司（演示）", contactEmail = "apply@example.cn" });
        invited.EnsureSuccessStatusCode();
        var url = new Uri((await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetProperty("url").GetString()!);
        using var anyone = host.Chat.Host.Factory.CreateClient();

        var problems = (await PageProblemsAsync(anyone, url.PathAndQuery, language)).Select(p => p.Replace(url.AbsolutePath, "/portal/{token}", StringComparison.Ordinal)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("zh-CN", "我的任务", "案件 {0}")]
    [InlineData("en", "my tasks", "case {0}")]
    public async Task Cards_MyStepsOfEveryDemoUserAndEveryCase_NoCodeAndOneLanguage(string language, string myTasks, string showCase)
    {
        var rules = Rules();
        var problems = new List<string>();
        foreach (var user in DemoUsers.All)
        {
            var reply = await host.Chat.SayAsync(AccessWalkHost.TeamsId(user), myTasks, language);
            problems.AddRange(CardProblems(reply, $"{myTasks} ({user.Id})", language, rules));
        }

        foreach (var (_, number) in host.AllCases)
        {
            var reply = await host.Chat.SayAsync(AccessWalkHost.TeamsId(DemoUsers.Find(AccessWalkHost.Manager)!), string.Format(System.Globalization.CultureInfo.InvariantCulture, showCase, number), language);
            problems.AddRange(CardProblems(reply, number, language, rules));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IEnumerable<string>> PageProblemsAsync(HttpClient client, string path, string language)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await client.GetAsync(new Uri($"{path}{separator}lang={language}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return [$"{path}: HTTP {(int)response.StatusCode}"];
        }

        return PeopleTexts.Problems(PeopleTexts.OfHtml(html), language, Rules()).Distinct().Select(p => $"{path}: {p}");
    }

    private static IEnumerable<string> CardProblems(JsonObject reply, string where, string language, RulesRuntime rules)
    {
        var cards = reply["attachments"] is JsonArray attachments ? attachments.Select(a => a?["content"]) : [];
        var text = string.Join(" ", cards.Select(PeopleTexts.OfCard)) + " " + (reply["text"]?.GetValue<string>() ?? "");
        return PeopleTexts.Problems(text, language, rules).Distinct().Select(p => $"{where}: {p}");
    }

    private RulesRuntime Rules() => host.Chat.Host.Factory.Services.GetRequiredService<RulesRuntime>();

    private static IEnumerable<string> Numbers(JsonElement list)
    {
        return list.EnumerateArray().Select(i => i.GetProperty("number").GetString()!).Distinct();
    }
}
