using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.Workflow;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Conversation;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// Issue 12, item 5, replayed through the real host on each real database: every attempt is a 400 naming the field (never
/// a 500), and a refused request leaves what is stored as it was.
/// </summary>
public abstract class InputHygieneTests<TDatabase> : IClassFixture<TDatabase>, IDisposable
    where TDatabase : TestDatabase
{
    private const string Manager = "manager@demo.local";
    private readonly SecurityHost _host;

    protected InputHygieneTests(TDatabase database) => _host = new SecurityHost(database);

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [MemberData(nameof(CaseAttempts.OpenCase), MemberType = typeof(CaseAttempts))]
    public async Task OpenCase_Attempt_400NamingTheFieldAndNothingStored(string attempt, string json, string field)
    {
        var (baselineId, baseline) = await BaselineAsync();
        var before = await CaseCountAsync();

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _host.Client(Manager).PostAsync(new Uri("/api/cases", UriKind.Relative), content);
        var problem = await ProblemAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{attempt}: {response.StatusCode}");
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), attempt);
        Assert.Equal(before, await CaseCountAsync());
        Assert.Equal(baseline, await CaseJsonAsync(baselineId));
    }

    [Fact]
    public async Task Reassign_ReasonWithBidiIsolate_400NamingReasonAndCaseUnchanged()
    {
        var (caseId, baseline) = await BaselineAsync();
        var view = JsonDocument.Parse(baseline).RootElement;
        var step = view.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("status").GetString() == "Open").GetProperty("id").GetString();

        using var response = await _host.Client(Manager).PostAsJsonAsync(new Uri($"/api/cases/{caseId}/steps/{step}/assignee", UriKind.Relative),
            new { assignee = "reviewer2@demo.local", reason = "工作量\u2067平衡" });
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("reason", problem.GetProperty("field").GetString());
        Assert.Contains("“原因”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(baseline, await CaseJsonAsync(caseId));
    }

    [Theory]
    [InlineData("190 Chinese characters", 190, "")]
    [InlineData("RTL override disguising .txt as .pdf", 0, "invoice\u202Etxt.pdf")]
    [InlineData("zero-width joiner", 0, "营业\u200D执照.pdf")]
    public async Task Upload_UnsafeFileName_400NamingFileNameAndNothingStored(string attempt, int chineseCharacters, string name)
    {
        var (caseId, baseline) = await BaselineAsync();
        var fileName = chineseCharacters > 0 ? new string('营', chineseCharacters) + ".pdf" : name;

        using var content = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        content.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await _host.Client(Manager).PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=required-document", UriKind.Relative), content);
        var problem = await ProblemAsync(response);
        using var list = await _host.Client(Manager).GetAsync(new Uri($"/api/cases/{caseId}/documents", UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{attempt}: {response.StatusCode}");
        Assert.Equal("fileName", problem.GetProperty("field").GetString());
        Assert.Contains("“文件名”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.False(Directory.Exists(_host.DocumentsFolder) && Directory.EnumerateFiles(_host.DocumentsFolder, "*", SearchOption.AllDirectories).Any());
        Assert.Equal(baseline, await CaseJsonAsync(caseId));
    }

    [Theory]
    [InlineData("/api/register?q=%00%00")]
    [InlineData("/api/register?q=%E5%8C%97%E2%80%AE%E4%BA%AC")]
    [InlineData("/register?q=%00%00")]
    public async Task Register_QueryWithControlOrBidiCharacters_400(string url)
    {
        using var response = await _host.App.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“查询条件”", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseCard_MarkdownLinkInOrganization_ShownAsTextNotALink()
    {
        using var created = await _host.Client(Manager).PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "[点我](https://evil.example) **急**", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;

        using var scope = _host.App.Services.CreateScope();
        var manager = new Actor(Manager, "经理", new HashSet<string>([StaffRoles.Manager], StringComparer.Ordinal));
        var model = await scope.ServiceProvider.GetRequiredService<CaseLookup>().FindAsync(number, manager, CancellationToken.None);
        var card = CardJson.Serialize(scope.ServiceProvider.GetRequiredService<CaseSummaryCardBuilder>().Build(model!, "zh-CN", new DateOnly(2025, 9, 30)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(@"\\[点我\\](https://evil.example) \\*\\*急\\*\\*", card, StringComparison.Ordinal);
        Assert.DoesNotContain("[点我](", card, StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Json)> BaselineAsync()
    {
        var (id, _) = await _host.Api.OpenCaseAsync();
        return (id, await CaseJsonAsync(id));
    }

    private async Task<string> CaseJsonAsync(Guid id) =>
        await _host.Client(Manager).GetStringAsync(new Uri($"/api/cases/{id}", UriKind.Relative));

    private async Task<int> CaseCountAsync() =>
        (await _host.Client(Manager).GetFromJsonAsync<JsonElement>(new Uri("/api/cases", UriKind.Relative))).GetArrayLength();

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        return JsonDocument.Parse(body).RootElement;
    }
}
