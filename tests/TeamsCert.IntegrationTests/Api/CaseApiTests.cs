using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Api;

public sealed class CaseApiTests : IDisposable
{
    private static readonly object _telApplication = new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" };
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> OpenTelAsync()
    {
        using var response = await _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative), _telApplication);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Uri StepUri(JsonElement @case, int step = 0) =>
        new($"/api/cases/{@case.GetProperty("id")}/steps/{@case.GetProperty("steps")[step].GetProperty("id")}", UriKind.Relative);

    [Fact]
    public async Task Post_WithoutIdentity_Is401()
    {
        using var response = await _factory.ClientFor(null).PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative), _telApplication);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TelApplication_201WithReviewStepDueAndRuleIdTelD01()
    {
        var @case = await OpenTelAsync();
        var step = @case.GetProperty("steps")[0];

        Assert.Equal("ApplicationReview", @case.GetProperty("stage").GetString());
        Assert.Equal("2025-10-11", step.GetProperty("due").GetString());
        Assert.Equal("TEL-D01", step.GetProperty("dueRuleId").GetString());
        Assert.Contains(step.GetProperty("actions").EnumerateArray(), a => a.GetString() == "deficiency");
    }

    [Fact]
    public async Task Post_LsAfterRuleSetExpired_409WithRuleIdA03()
    {
        using var response = await _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "LS", organization = "某直播电商服务机构", personnel = 30, sites = 1, scope = "直播电商服务质量信息监测与评价" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("A-03", problem.GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Post_OrganizationCode_StoredUpperCase_BadCheckCharacter400NamingField()
    {
        var client = _factory.ClientFor("reviewer@demo.local");
        using var created = await client.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "某呼叫中心", personnel = 50, sites = 1, scope = "呼叫中心", organizationCode = "91350100m000100y43" });
        using var wrong = await client.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "某呼叫中心", personnel = 50, sites = 1, scope = "呼叫中心", organizationCode = "91350100M000100Y44" });
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("91350100M000100Y43", view.GetProperty("organizationCode").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "organizationCode"), (wrong.StatusCode, problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Post_ZeroPersonnel_400NamingField()
    {
        using var response = await _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "某公司", personnel = 0, sites = 1, scope = "呼叫中心" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("personnel", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Act_ByAuditor_403()
    {
        var @case = await OpenTelAsync();

        using var response = await _factory.ClientFor("auditor@demo.local").PostAsJsonAsync(StepUri(@case), new { action = "accept" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Act_TwoReviewersAtOnce_One200AndOne409SayingWhoDecided()
    {
        var @case = await OpenTelAsync();
        var one = _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(StepUri(@case), new { action = "accept" });
        var two = _factory.ClientFor("reviewer2@demo.local").PostAsJsonAsync(StepUri(@case), new { action = "accept" });

        var responses = await Task.WhenAll(one, two);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await loser.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.EndsWith("@demo.local", problem.GetProperty("decidedBy").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("decidedAt", out _));
    }

    [Fact]
    public async Task Act_SameIdempotencyKeyTwice_SecondIsReplay()
    {
        var @case = await OpenTelAsync();
        var client = _factory.ClientFor("reviewer@demo.local");

        using var first = await client.PostAsJsonAsync(StepUri(@case), new { action = "accept", idempotencyKey = "card-7" });
        using var second = await client.PostAsJsonAsync(StepUri(@case), new { action = "accept", idempotencyKey = "card-7" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("false", first.Headers.GetValues("X-Idempotent-Replay").Single());
        Assert.Equal("true", second.Headers.GetValues("X-Idempotent-Replay").Single());
    }

    [Fact]
    public async Task Act_KeyOfAnotherCaseOrAction_409NamingIdempotencyKeyAndNothingDone()
    {
        var first = await OpenTelAsync();
        var second = await OpenTelAsync();
        var client = _factory.ClientFor("reviewer@demo.local");
        (await client.PostAsJsonAsync(StepUri(first), new { action = "accept", idempotencyKey = "card-8" })).EnsureSuccessStatusCode();

        using var otherCase = await client.PostAsJsonAsync(StepUri(second), new { action = "accept", idempotencyKey = "card-8" });
        using var otherAction = await client.PostAsJsonAsync(StepUri(first), new { action = "reject", data = new { reason = "重复" }, idempotencyKey = "card-8" });
        var problem = await otherCase.Content.ReadFromJsonAsync<JsonElement>();
        var untouched = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{second.GetProperty("id")}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, otherCase.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherAction.StatusCode);
        Assert.Equal("idempotencyKey", problem.GetProperty("field").GetString());
        Assert.Equal("ApplicationReview", untouched.GetProperty("stage").GetString());
        Assert.Equal("Open", untouched.GetProperty("steps")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Act_NulCharacterInData_400NamingTheFieldAndCaseUnchanged()
    {
        var @case = await OpenTelAsync();
        var client = _factory.ClientFor("reviewer@demo.local");

        using var response = await client.PostAsJsonAsync(StepUri(@case), new { action = "reject", data = new { reason = "不在\u0000范围内" } });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{@case.GetProperty("id")}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("data.reason", problem.GetProperty("field").GetString());
        Assert.Equal(@case.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Journal_AfterActions_ListsWhoWhenWhatAndVerifies()
    {
        var @case = await OpenTelAsync();
        var client = _factory.ClientFor("reviewer@demo.local");
        (await client.PostAsJsonAsync(StepUri(@case), new { action = "reject", data = new { reason = "不在认证范围内" } })).EnsureSuccessStatusCode();

        var journal = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{@case.GetProperty("id")}/journal", UriKind.Relative));
        var verify = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{@case.GetProperty("id")}/journal/verify", UriKind.Relative));

        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("reason").GetString() == "不在认证范围内" && e.GetProperty("actor").GetString() == "reviewer@demo.local");
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task List_OverdueAfterDueDayPassed_ListsCase()
    {
        var @case = await OpenTelAsync();
        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 13, 9, 0, 0, TimeSpan.FromHours(8)));

        var overdue = await _factory.ClientFor("manager@demo.local").GetFromJsonAsync<JsonElement>(new Uri("/api/cases?overdue=true&scheme=TEL", UriKind.Relative));

        var listed = Assert.Single(overdue.EnumerateArray());
        Assert.Equal(@case.GetProperty("id").GetString(), listed.GetProperty("id").GetString());
        Assert.Equal("TEL-D01", listed.GetProperty("nextDueRuleId").GetString());
    }

    [Fact]
    public async Task Get_UnknownCase_404ProblemDetails()
    {
        using var response = await _factory.ClientFor("manager@demo.local").GetAsync(new Uri($"/api/cases/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheCaseEndpoints()
    {
        var document = await _factory.ClientFor(null).GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/cases/{id}/journal/verify", out _));
        Assert.True(paths.TryGetProperty("/api/cases/{id}/steps/{stepId}", out _));
    }

    [Fact]
    public async Task Assign_ManagerReassignsThenAssigneeDelegates_BothJournaledAndDelegateMayAct()
    {
        var @case = await OpenTelAsync();
        var assign = new Uri($"{StepUri(@case)}/assignee", UriKind.Relative);

        using var byReviewer = await _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(assign, new { assignee = "reviewer2@demo.local", reason = "休假" });
        using var toAuditor = await _factory.ClientFor("manager@demo.local").PostAsJsonAsync(assign, new { assignee = "auditor@demo.local", reason = "工作量平衡" });
        using var byManager = await _factory.ClientFor("manager@demo.local").PostAsJsonAsync(assign, new { assignee = "reviewer2@demo.local", reason = "工作量平衡" });
        using var delegated = await _factory.ClientFor("reviewer2@demo.local").PostAsJsonAsync(assign, new { assignee = "reviewer@demo.local", reason = "出差" });
        using var acted = await _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(StepUri(@case), new { action = "accept" });
        var journal = await _factory.ClientFor("manager@demo.local").GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{@case.GetProperty("id")}/journal", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, toAuditor.StatusCode); // an auditor may not review an application (ROLE)
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, delegated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("type").GetString() == "step.reassigned" && e.GetProperty("reason").GetString() == "工作量平衡");
        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("type").GetString() == "step.delegated" && e.GetProperty("actor").GetString() == "reviewer2@demo.local");
    }

    [Fact]
    public async Task Cycle_ProgrammeAndTeamThroughTheApi_UsesTheHostsStaffDirectoryTelR02()
    {
        var @case = await OpenTelAsync();
        var id = @case.GetProperty("id").GetString();
        async Task<JsonElement> Act(string user, string kind, object body)
        {
            var current = await _factory.ClientFor("manager@demo.local").GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{id}", UriKind.Relative));
            var step = current.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("status").GetString() == "Open");
            using var response = await _factory.ClientFor(user).PostAsJsonAsync(new Uri($"/api/cases/{id}/steps/{step.GetProperty("id")}", UriKind.Relative), body);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        await Act("reviewer@demo.local", "application-review", new { action = "accept" });
        await Act("programme@demo.local", "audit-programme", new { action = "propose", data = new { mysteryShopper = "auditor2@demo.local", mysteryShoppingArranged = "true" } });
        var unknown = await Act("programme@demo.local", "team-assignment", new { action = "assign", data = new { team = """[{"id":"stranger@demo.local","role":"teamLeader"}]""", plannedStart = "2025-10-20" } });
        var unqualified = await Act("programme@demo.local", "team-assignment", new { action = "assign", data = new { team = """[{"id":"expert@demo.local","role":"teamLeader"}]""", plannedStart = "2025-10-20" } });
        var assigned = await Act("programme@demo.local", "team-assignment", new { action = "assign", data = new { team = """[{"id":"leader@demo.local","role":"teamLeader"},{"id":"auditor@demo.local","role":"auditor"}]""", plannedStart = "2025-10-20" } });

        Assert.Equal("data.team[0].id", unknown.GetProperty("field").GetString());
        Assert.True(unqualified.TryGetProperty("ruleId", out var ruleId), unqualified.ToString());
        Assert.Equal("TEL-R02", ruleId.GetString());
        Assert.Equal(2, assigned.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "team-acceptance"));
        Assert.Equal(8m, assigned.GetProperty("facts").GetProperty("programme").GetProperty("personDays").GetDecimal()); // 120 personnel: 86–125 band of 002 App. A
    }
}
