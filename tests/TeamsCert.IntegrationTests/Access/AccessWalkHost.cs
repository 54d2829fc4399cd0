using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.IntegrationTests.Bot;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Tab;

namespace TeamsCert.IntegrationTests.Access;

/// <summary>
/// One real host for the access walk: the anonymous Development bot with every demo user mapped to a Teams id, the demo
/// cases seeded through the runtime, a document on each walked case, and a live applicant link where the case has a use
/// for one. The walked cases: an AS certificate whose team is the leader alone, a TEL case whose team (leader, auditor,
/// expert) has accepted with auditor2 as its mystery shopper, and an AS application waiting for missing documents that
/// no auditing role is involved in.
/// </summary>
public sealed class AccessWalkHost : IAsyncLifetime
{
    public const string Manager = "manager@demo.local";
    public static readonly string[] WalkedOrganizations = ["杭州智家电器有限公司（演示）", "广州恒信电话营销有限公司（演示）", "深圳速修电子科技有限公司（演示）"];

    private FakeConnectorServer _connector = null!;

    public BotChat Chat { get; private set; } = null!;

    public IReadOnlyList<WalkedCase> Cases { get; private set; } = [];

    /// <summary>Every case of the demo data (ids), for the lists.</summary>
    public IReadOnlyList<(Guid Id, string Number)> AllCases { get; private set; } = [];

    public static string TeamsId(Actor user) => "u-" + user.Id.Split('@')[0];

    public HttpClient Client(string user)
    {
        var client = Chat.Host.Factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Dev-User", user);
        return client;
    }

    public TabForms Forms() => new(Chat.Host.Factory);

    public async Task<CertificationCase> LoadAsync(Guid caseId)
    {
        await using var scope = Chat.Host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CaseStore>().LoadAsync(caseId))!;
    }

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        Chat = new BotChat(_connector, DemoUsers.All.ToDictionary(u => $"Bot:DevelopmentUsers:{TeamsId(u)}", u => (string?)u.Id));
        await SeedAsync();
        using var manager = Client(Manager);
        var list = await manager.GetFromJsonAsync<JsonElement>(new Uri("/api/cases", UriKind.Relative));
        var all = list.EnumerateArray().Select(c => (Id: c.GetProperty("id").GetGuid(), Number: c.GetProperty("number").GetString()!, Org: c.GetProperty("organization").GetString()!)).ToList();
        AllCases = [.. all.Select(c => (c.Id, c.Number))];
        var walked = new List<WalkedCase>();
        foreach (var organization in WalkedOrganizations)
        {
            var (id, number, _) = all.Single(c => c.Org == organization);
            walked.Add(new WalkedCase(id, number, await UploadAsync(manager, id), await LinkAsync(manager, id)));
        }

        Cases = walked;
    }

    public async Task DisposeAsync()
    {
        Chat.Dispose();
        await _connector.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var services = Chat.Host.Factory.Services;
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        TeamsCertDbContext NewContext() => scopes.CreateScope().ServiceProvider.GetRequiredService<TeamsCertDbContext>();
        await new DemoSeeder(NewContext, services.GetRequiredService<RulesRuntime>(), TimeProvider.System).SeedAsync();
    }

    private static async Task<Guid> UploadAsync(HttpClient manager, Guid caseId)
    {
        using var content = new StreamContent(GeneratedFileStream.Pdf(2_000));
        content.Headers.Add("X-File-Name", "walk.pdf");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await manager.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=required-document", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A live "documents" link where the case owes documents (deficiency notice); null where no purpose has a use.</summary>
    private static async Task<Guid?> LinkAsync(HttpClient manager, Guid caseId)
    {
        using var response = await manager.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/links", UriKind.Relative), new { purpose = "documents" });
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : null;
    }
}
