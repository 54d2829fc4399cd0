using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// The deadlines view's remind and reassign forms posted as a browser does (token read from the rendered page), on a
/// TEL case opened through the API: its application review is due 2025-10-11 (TEL-D01), within the view's window.
/// </summary>
public sealed class TabActionTests : IDisposable
{
    private const string Manager = "manager@demo.local";
    private readonly TeamsCertFactory _factory = new();
    private readonly TabForms _forms;
    private readonly LinkApi _api;

    public TabActionTests()
    {
        _forms = new TabForms(_factory);
        _api = new LinkApi(_factory);
    }

    [Fact]
    public async Task Remind_Manager_JournalsStepRemindedUnderDueRuleAndQueuesDeadlineReminder()
    {
        var (caseId, stepId, token) = await OpenStepAsync(Manager);

        var (status, html, _) = await _forms.PostAsync("/tab/steps/remind", Manager, token, Fields(caseId, stepId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"outcome\"", html, StringComparison.Ordinal);
        var reminded = Assert.Single(await JournalAsync(caseId), e => e.Type == "step.reminded");
        var step = (await StepsAsync(caseId)).Single(s => s.Id == stepId);
        Assert.Equal((Manager, step.DueRuleId), (reminded.ActorId, reminded.RuleId));
        Assert.False(string.IsNullOrEmpty(reminded.RuleId));
        var message = Assert.Single(await OutboxAsync(caseId), o => o.Kind == "deadline-reminder");
        Assert.Equal(step.AssigneeId ?? step.Role, message.Recipient);
        Assert.Contains(stepId.ToString(), message.DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reassign_Manager_ChangesAssigneeAndJournalsTheReason()
    {
        var (caseId, stepId, token) = await OpenStepAsync(Manager);

        var (status, _, _) = await _forms.PostAsync("/tab/steps/reassign", Manager, token,
            Fields(caseId, stepId, ("assignee", "reviewer2@demo.local"), ("reason", "原评审员休假")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("reviewer2@demo.local", (await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);
        var entry = Assert.Single(await JournalAsync(caseId), e => e.Type == "step.reassigned");
        Assert.Equal((Manager, "原评审员休假"), (entry.ActorId, entry.Reason));
    }

    [Theory]
    [InlineData("/tab/steps/remind")]
    [InlineData("/tab/steps/reassign")]
    public async Task Action_Auditor_Gets403PageAndNothingChanges(string action)
    {
        var (caseId, stepId, token) = await OpenStepAsync(Manager);
        var before = await JournalAsync(caseId);

        var (status, html, _) = await _forms.PostAsync(action, "auditor@demo.local", token,
            Fields(caseId, stepId, ("assignee", "auditor@demo.local"), ("reason", "x")));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before.Count, (await JournalAsync(caseId)).Count);
        Assert.DoesNotContain(await OutboxAsync(caseId), o => o.Kind == "deadline-reminder");
        Assert.Null((await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);
    }

    [Fact]
    public async Task Remind_ApplicationReviewer_RefusedWithRuleRoleAndNothingChanges()
    {
        var (caseId, stepId, token) = await OpenStepAsync(LinkApi.Reviewer);
        var before = await JournalAsync(caseId);
        var queued = await OutboxAsync(caseId); // the review step's card, queued when the case opened

        var (_, html, location) = await _forms.PostAsync("/tab/steps/remind", LinkApi.Reviewer, token, Fields(caseId, stepId));

        Assert.Contains("ROLE", html, StringComparison.Ordinal);
        Assert.Contains("error=", location?.Query, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await JournalAsync(caseId)).Count);
        Assert.Equal(queued.Select(o => o.Id), (await OutboxAsync(caseId)).Select(o => o.Id));
    }

    [Theory]
    [InlineData("", "休假", "assignee", "请指定新的处理人")]
    [InlineData("reviewer2@demo.local", " ", "reason", "请说明改派原因")]
    public async Task Reassign_MissingField_MessageInOneLanguageWithoutTheFieldCodeAndNothingChanges(string assignee, string reason, string field, string message)
    {
        var (caseId, stepId, token) = await OpenStepAsync(Manager);
        var before = await JournalAsync(caseId);

        var (status, html, _) = await _forms.PostAsync("/tab/steps/reassign", Manager, token,
            Fields(caseId, stepId, ("assignee", assignee), ("reason", reason)));

        Assert.Equal(HttpStatusCode.OK, status);
        var outcome = Outcome(html);
        Assert.Contains(message, outcome, StringComparison.Ordinal);
        Assert.DoesNotContain(field, outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("required", outcome, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await JournalAsync(caseId)).Count);
        Assert.Null((await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);
    }

    [Theory]
    [InlineData("休\u202E假", HttpStatusCode.OK)]
    [InlineData("休\0假", HttpStatusCode.BadRequest)]
    public async Task Reassign_HiddenCharacterInReason_RefusedNeverServerErrorAndNothingChanges(string reason, HttpStatusCode expected)
    {
        var (caseId, stepId, token) = await OpenStepAsync(Manager);
        var before = await JournalAsync(caseId);

        var (status, html, _) = await _forms.PostAsync("/tab/steps/reassign", Manager, token,
            Fields(caseId, stepId, ("assignee", "reviewer2@demo.local"), ("reason", reason)));

        // A direction override reaches the domain's check (the page comes back naming the field); a NUL is refused by
        // the framework's form reader (400). Neither is a 500, and the step stays with nobody.
        Assert.Equal(expected, status);
        Assert.True(expected == HttpStatusCode.OK ? Outcome(html).Length > 0 && !Outcome(html).Contains("reason", StringComparison.Ordinal)
            : WebUtility.HtmlDecode(html).Contains("NUL", StringComparison.Ordinal), html);
        Assert.Equal(before.Count, (await JournalAsync(caseId)).Count);
        Assert.Null((await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);
    }

    [Theory]
    [InlineData("auditor@demo.local")] // an auditor for an application review
    [InlineData("nobody")]
    [InlineData("赵评审")] // a display name, not a person's id
    public async Task Reassign_ToSomeoneTheRulesDoNotAllow_RefusedWithRoleRuleIdAndNothingChanges(string assignee)
    {
        var (caseId, stepId, token) = await OpenStepAsync(Manager);
        var before = await JournalAsync(caseId);

        var (status, html, _) = await _forms.PostAsync("/tab/steps/reassign", Manager, token,
            Fields(caseId, stepId, ("assignee", assignee), ("reason", "休假")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("ROLE", Outcome(html), StringComparison.Ordinal);
        Assert.Equal(before.Count, (await JournalAsync(caseId)).Count);
        Assert.Null((await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);
    }

    [Fact]
    public async Task Deadlines_ReassignPicker_OffersOnlyTheReviewersByName()
    {
        var (_, stepId, _) = await OpenStepAsync(Manager);
        var (_, html) = await _forms.GetAsync("/tab/deadlines", Manager);

        var row = Regex.Match(html, $"data-step=\"{stepId}\"(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var options = Regex.Matches(Regex.Match(row, "<select name=\"assignee\"(.*?)</select>", RegexOptions.Singleline).Groups[1].Value,
            "<option value=\"([^\"]*)\">([^<]*)</option>").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).Where(o => o.Item1.Length > 0).ToList();
        Assert.Equal([("reviewer2@demo.local", "赵评审"), ("reviewer@demo.local", "李评审")], options.OrderBy(o => o.Item1, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Api_ReassignToAnAuditor_Refused409WithRuleRoleAndCandidatesNameTheRule()
    {
        var (caseId, stepId, _) = await OpenStepAsync(Manager);
        using var manager = LinkApi.ClientFor(_factory, Manager);

        using var refused = await manager.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/steps/{stepId}/assignee", UriKind.Relative),
            new { assignee = "auditor@demo.local", reason = "休假" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("ROLE", problem.GetProperty("ruleId").GetString());
        Assert.Null((await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);

        var candidates = await manager.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/steps/{stepId}/candidates", UriKind.Relative));
        var allowed = candidates.EnumerateArray().Where(c => c.GetProperty("allowed").GetBoolean()).Select(c => c.GetProperty("personId").GetString()!)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["reviewer2@demo.local", "reviewer@demo.local"], allowed);

        using var accepted = await manager.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/steps/{stepId}/assignee", UriKind.Relative),
            new { assignee = "reviewer2@demo.local", reason = "休假" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("reviewer2@demo.local", (await StepsAsync(caseId)).Single(s => s.Id == stepId).AssigneeId);
    }

    public void Dispose()
    {
        _forms.Dispose();
        _factory.Dispose();
    }

    /// <summary>Opens a case, then reads the deadlines view as <paramref name="user"/>: the step's row and its forms' token.</summary>
    private async Task<(Guid CaseId, Guid StepId, string Token)> OpenStepAsync(string user)
    {
        var (caseId, _) = await _api.OpenCaseAsync();
        var view = await _api.Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
        var stepId = view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "application-review").GetProperty("id").GetGuid();
        var (status, html) = await _forms.GetAsync("/tab/deadlines?lang=zh-CN", user);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-step=\"{stepId}\"", html, StringComparison.Ordinal);
        return (caseId, stepId, TabForms.TokenIn(html));
    }

    private static Dictionary<string, string> Fields(Guid caseId, Guid stepId, params (string Key, string Value)[] more)
    {
        var fields = new Dictionary<string, string> { ["caseId"] = caseId.ToString(), ["stepId"] = stepId.ToString() };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return fields;
    }

    /// <summary>The refusal shown on the deadlines view, decoded.</summary>
    private static string Outcome(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<div class=\"message error\" id=\"outcome\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value);

    private async Task<List<JournalRow>> JournalAsync(Guid caseId) => await QueryAsync(db => db.Journal.Where(e => e.CaseId == caseId).ToListAsync());

    private async Task<List<OutboxRow>> OutboxAsync(Guid caseId) => await QueryAsync(db => db.Outbox.Where(o => o.CaseId == caseId).ToListAsync());

    private async Task<List<StepRow>> StepsAsync(Guid caseId) => await QueryAsync(db => db.Steps.Where(s => s.CaseId == caseId).ToListAsync());

    private async Task<T> QueryAsync<T>(Func<TeamsCertDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>());
    }
}
