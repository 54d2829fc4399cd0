using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.IntegrationTests.Bot;
using TeamsCert.IntegrationTests.Tab;
using TeamsCert.Web.Bot.Conversation;

namespace TeamsCert.IntegrationTests.Access;

/// <summary>
/// Asks every surface that offers an operation, as one demo user, over HTTP: the API, the tab (pages and forms) and the
/// bot (messages and Action.Execute invokes). Each request is one the gate must answer before anything changes: a
/// refusal names a gate rule id; anything else (the step card, 400 for a nonsense action, 404 …) means it let through.
/// </summary>
public sealed partial class AccessProbes(AccessWalkHost host, Actor user)
{
    public static readonly string[] GateRuleIds =
        [CaseAccessPolicy.RuleId, CaseAccessPolicy.StaffOnlyRuleId, CaseAccessPolicy.LinkRoleRuleId, CaseAccessPolicy.OpenCaseRuleId];

    private const string Nonsense = "walk-no-such-action";

    public async Task<IReadOnlyList<Probe>> CaseAsync(WalkedCase walked, Guid stepId)
    {
        using var api = host.Client(user.Id);
        using var forms = host.Forms();
        var id = walked.Id;
        var probes = new List<Probe>
        {
            await ApiAsync("api GET case", CaseOperation.ViewCase, api.GetAsync(Url($"/api/cases/{id}"))),
            await ApiAsync("api POST step action", CaseOperation.ActOnStep, api.PostAsJsonAsync(Url($"/api/cases/{id}/steps/{stepId}"), new { action = Nonsense })),
            await ApiAsync("api POST step assignee", CaseOperation.ActOnStep, api.PostAsJsonAsync(Url($"/api/cases/{id}/steps/{stepId}/assignee"), new { assignee = "" })),
            await ApiAsync("api GET journal", CaseOperation.ReadJournal, api.GetAsync(Url($"/api/cases/{id}/journal"))),
            await ApiAsync("api GET journal/verify", CaseOperation.ReadJournal, api.GetAsync(Url($"/api/cases/{id}/journal/verify"))),
            await ApiAsync("api GET documents", CaseOperation.ReadDocuments, api.GetAsync(Url($"/api/cases/{id}/documents"))),
            await ApiAsync("api GET document content", CaseOperation.ReadDocuments, api.GetAsync(Url($"/api/documents/{walked.DocumentId}/content"))),
            await ApiAsync("api POST document (empty)", CaseOperation.UploadDocuments, api.PostAsync(Url($"/api/cases/{id}/documents?purpose=required-document"), EmptyFile())),
            await ApiAsync("api GET links", CaseOperation.ListLinks, api.GetAsync(Url($"/api/cases/{id}/links"))),
            await ApiAsync("api POST link", CaseOperation.ManageLinks, api.PostAsJsonAsync(Url($"/api/cases/{id}/links"), new { purpose = Nonsense })),
        };
        if (walked.LinkId is { } linkId)
        {
            probes.Add(await ApiAsync("api DELETE link", CaseOperation.ManageLinks, api.DeleteAsync(Url($"/api/links/{linkId}"))));
        }

        var (pageStatus, page) = await forms.GetAsync($"/tab/cases/{id}", user.Id);
        var shown = pageStatus == HttpStatusCode.OK;
        probes.Add(new Probe("tab case page", CaseOperation.ViewCase, pageStatus == HttpStatusCode.Forbidden, RuleIn(page)));
        probes.Add(new Probe("tab case page journal", CaseOperation.ReadJournal, !(shown && page.Contains("id=\"timeline\"", StringComparison.Ordinal)), null) { NeedsViewCase = true });
        probes.Add(new Probe("tab case page documents", CaseOperation.ReadDocuments, !(shown && page.Contains("id=\"documents\"", StringComparison.Ordinal)), null) { NeedsViewCase = true });
        probes.Add(new Probe("tab case page links", CaseOperation.ListLinks, !(shown && page.Contains("id=\"applicant-links\"", StringComparison.Ordinal)), null) { NeedsViewCase = true });
        var (linksStatus, links) = await forms.GetAsync($"/tab/cases/{id}/links", user.Id);
        probes.Add(new Probe("tab links page", CaseOperation.ListLinks, linksStatus == HttpStatusCode.Forbidden, RuleIn(links)) { ManagersView = true });
        var token = await TokenAsync(forms, shown ? page : null);
        probes.Add(await TabPostAsync(forms, "tab link form", CaseOperation.ManageLinks, $"/tab/cases/{id}/links", token,
            new() { ["_handler"] = "link-create", ["purpose"] = Nonsense }));
        probes.Add(await TabPostAsync(forms, "tab reassign form", CaseOperation.ActOnStep, "/tab/steps/reassign", token,
            new() { ["caseId"] = id.ToString(), ["stepId"] = stepId.ToString() }));
        probes.Add(await TabPostAsync(forms, "tab remind form", CaseOperation.ActOnStep, "/tab/steps/remind", token,
            new() { ["caseId"] = id.ToString(), ["stepId"] = Guid.NewGuid().ToString() }));

        var teamsUser = AccessWalkHost.TeamsId(user);
        probes.Add(BotProbe("bot case <no>", CaseOperation.ViewCase, await SayAsync($"case {walked.Number}")));
        var step = new Dictionary<string, string> { ["caseId"] = id.ToString(), ["stepId"] = stepId.ToString() };
        probes.Add(BotProbe("bot step.show", CaseOperation.ViewCase, await host.Chat.InvokeAsync(teamsUser, "step.show", step)));
        probes.Add(BotProbe("bot step.refresh", CaseOperation.ViewCase, await host.Chat.InvokeAsync(teamsUser, "step.refresh", step)));
        probes.Add(BotProbe("bot step.act", CaseOperation.ActOnStep, await host.Chat.InvokeAsync(teamsUser, "step.act", new Dictionary<string, string>(step) { ["action"] = Nonsense })));
        probes.Add(BotProbe("bot step.reassign", CaseOperation.ActOnStep, await host.Chat.InvokeAsync(teamsUser, "step.reassign", step)));
        var link = new Dictionary<string, string> { ["caseId"] = id.ToString() };
        probes.Add(BotProbe("bot link.show", CaseOperation.ListLinks, await host.Chat.InvokeAsync(teamsUser, "link.show", link)));
        probes.Add(BotProbe("bot link.create", CaseOperation.ManageLinks, await host.Chat.InvokeAsync(teamsUser, "link.create", new Dictionary<string, string>(link) { ["purpose"] = Nonsense })));
        if (walked.LinkId is { } botLinkId)
        {
            probes.Add(BotProbe("bot link.revoke", CaseOperation.ManageLinks,
                await host.Chat.InvokeAsync(teamsUser, "link.revoke", new Dictionary<string, string>(link) { ["linkId"] = botLinkId.ToString() })));
        }

        return probes;
    }

    /// <summary>Opening a case: both API calls with a body the runtime refuses (400) once the gate lets through.</summary>
    public async Task<IReadOnlyList<Probe>> OpenCaseAsync()
    {
        using var api = host.Client(user.Id);
        return
        [
            await ApiAsync("api POST case", CaseOperation.OpenCase, api.PostAsJsonAsync(Url("/api/cases"), new { scheme = "" })),
            await ApiAsync("api POST invitation", CaseOperation.OpenCase, api.PostAsJsonAsync(Url("/api/cases/invitations"), new { scheme = "" })),
        ];
    }

    /// <summary>The numbers each list shows this person (empty when refused), by surface, and the API list's refusal.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Lists, Probe ApiList)> ListsAsync()
    {
        using var api = host.Client(user.Id);
        using var forms = host.Forms();
        var lists = new Dictionary<string, string>();
        using var response = await api.GetAsync(Url("/api/cases"));
        var body = await response.Content.ReadAsStringAsync();
        var apiList = new Probe("api GET cases", CaseOperation.ViewCase, response.StatusCode == HttpStatusCode.Forbidden, RuleOf(body));
        lists["api GET cases"] = response.IsSuccessStatusCode ? body : string.Empty;
        foreach (var path in new[] { "/tab", "/tab/deadlines?days=60", "/tab/workload", "/tab/register" })
        {
            var (status, html) = await forms.GetAsync(path, user.Id);
            lists[$"tab {path}"] = status == HttpStatusCode.OK ? html : string.Empty;
        }

        lists["bot my tasks"] = BotChat.Text(await SayAsync("my tasks"));
        return (lists, apiList);
    }

    /// <summary>The bot's reply to a message: its card, or its text (someone the bot does not know as staff gets a line, no card).</summary>
    private async Task<JsonObject> SayAsync(string text)
    {
        var reply = await host.Chat.SayAsync(AccessWalkHost.TeamsId(user), text);
        if (reply["attachments"] is JsonArray { Count: > 0 })
        {
            return BotChat.CardOf(reply);
        }

        var line = (string?)reply["text"] ?? string.Empty;
        return line.StartsWith(BotTexts.NotRegistered.ZhCn, StringComparison.Ordinal)
            ? new JsonObject { ["value"] = BotTexts.NotRegisteredId }
            : new JsonObject { ["text"] = line };
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<Probe> ApiAsync(string surface, CaseOperation operation, Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var rule = RuleOf(await response.Content.ReadAsStringAsync());
        return new Probe(surface, operation, response.StatusCode == HttpStatusCode.Forbidden && GateRuleIds.Contains(rule), rule);
    }

    private async Task<Probe> TabPostAsync(TabForms forms, string surface, CaseOperation operation, string path, string token, Dictionary<string, string> fields)
    {
        // The step forms redirect to the deadlines view, which shows a refusal with its rule id; the link form answers itself.
        var (status, html, _) = await forms.PostAsync(path, user.Id, token, fields);
        var rule = RuleIn(html);
        return new Probe(surface, operation, status == HttpStatusCode.Forbidden || rule is not null, rule) { ManagersView = true };
    }

    /// <summary>The antiforgery token of this person's session: from the case page, else the deadlines view; none when neither opens.</summary>
    private async Task<string> TokenAsync(TabForms forms, string? casePage)
    {
        if (casePage is not null)
        {
            return TabForms.TokenIn(casePage);
        }

        var (status, html) = await forms.GetAsync("/tab/deadlines", user.Id);
        return status == HttpStatusCode.OK ? TabForms.TokenIn(html) : "none";
    }

    private static Probe BotProbe(string surface, CaseOperation operation, JsonObject card)
    {
        var text = BotChat.Text(card);
        var rule = BotRule().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
        return new Probe(surface, operation, rule is not null, rule);
    }

    private static StreamContent EmptyFile()
    {
        var content = new StreamContent(new MemoryStream());
        content.Headers.Add("X-File-Name", "walk.pdf");
        return content;
    }

    private static string? RuleOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("ruleId", out var rule) ? rule.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? RuleIn(string html) => GateRuleIds.FirstOrDefault(id => html.Contains(id + ":", StringComparison.Ordinal) || html.Contains(id + "：", StringComparison.Ordinal));

    [GeneratedRegex("\"value\":\"(DOC-ACCESS|DOC-STAFF|LINK-ROLE|CASE-OPEN|NOT-STAFF)\"")]
    private static partial Regex BotRule();
}
