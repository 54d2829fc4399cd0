using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Api;

/// <summary>
/// The journal names documents, hashes and people: only staff the case-access table gives ReadJournal on the case read it
/// (DOC-ACCESS); applicants never (DOC-STAFF), even for a case whose steps they answered.
/// </summary>
public sealed class JournalAccessTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("journal")]
    [InlineData("journal/verify")]
    public async Task Journal_AuditorNotOnTheCase_403DocAccessButReviewerReads(string path)
    {
        var reviewer = _factory.ClientFor("reviewer@demo.local");
        using var opened = await reviewer.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var refused = await _factory.ClientFor("auditor@demo.local").GetAsync(new Uri($"/api/cases/{caseId}/{path}", UriKind.Relative));
        using var read = await reviewer.GetAsync(new Uri($"/api/cases/{caseId}/{path}", UriKind.Relative));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.Forbidden, "DOC-ACCESS"), (refused.StatusCode, problem.GetProperty("ruleId").GetString()));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData("journal")]
    [InlineData("journal/verify")]
    public async Task Journal_Applicant_403DocStaff(string path)
    {
        using var opened = await _factory.ClientFor("reviewer@demo.local").PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var refused = await _factory.ClientFor("applicant@demo.local").GetAsync(new Uri($"/api/cases/{caseId}/{path}", UriKind.Relative));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.Forbidden, "DOC-STAFF"), (refused.StatusCode, problem.GetProperty("ruleId").GetString()));
    }
}
