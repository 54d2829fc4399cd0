using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>
/// Who is talking, the production way: <c>staff.json</c> people with <c>roles</c> and <c>aadObjectId</c>, matched by the
/// sender's Entra object id, else by the UPN the members API gives (then remembered on the conversation reference).
/// </summary>
public sealed class BotIdentityTests(BotServers servers) : IClassFixture<BotServers>
{
    [Fact]
    public async Task Message_AadObjectIdInStaffFile_UserKnownWithTheirRoles()
    {
        using var host = Host("""{"id":"li.na@cb.example","name":"李娜","roles":["manager"],"aadObjectId":"aad-77"}""");

        var reply = await SayAsync(host, "aad-77", "我的任务");

        Assert.Contains("李娜 的待办（0）", BotChat.Text(BotChat.CardOf(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_NoObjectIdMatch_UpnFromMembersApiMatchedAndRemembered()
    {
        // The fake connector lists 29:user-1 with userPrincipalName wang.fang@demo.local.
        using var host = Host("""{"id":"wang.fang@demo.local","name":"王芳","roles":["applicationReviewer"]}""");

        var reply = await SayAsync(host, "aad-unknown", "help");

        Assert.Contains("TeamsCert help", BotChat.Text(BotChat.CardOf(reply)), StringComparison.Ordinal);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ConversationReferenceStore>().FindByUserAsync("wang.fang@demo.local");
        Assert.Equal("29:user-1", saved?.UserId);
    }

    [Fact]
    public async Task Message_NeitherIdNorUpnOnStaff_NotRegistered()
    {
        using var host = Host("""{"id":"someone.else@cb.example","name":"某人","roles":["manager"]}""");

        var reply = await SayAsync(host, "aad-unknown", "help");

        Assert.Contains("not registered as CB staff", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void StaffFile_WithoutRolesOrObjectIds_StillLoads()
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-staff-").FullName;
        try
        {
            var path = Path.Combine(folder, "staff.json");
            File.WriteAllText(path, """{"people":[{"id":"a@cb.example","name":"甲","knowledgeAreas":["呼叫中心"]}],"conflicts":[]}""");

            var person = StaffDirectoryFile.Load(path)!.Find("a@cb.example")!;

            Assert.Empty(person.Roles);
            Assert.Equal("", person.AadObjectId);
            Assert.Empty(new StaffRoster(StaffDirectoryFile.Load(path)!, includeDemoUsers: false).Holding("manager"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static BotHost Host(string person)
    {
        var host = new BotHost(new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true" });
        File.WriteAllText(Path.Combine(host.DataFolder, "staff.json"), $$"""{"people":[{{person}}],"conflicts":[]}""");
        return host;
    }

    private async Task<JsonObject> SayAsync(BotHost host, string aadObjectId, string text)
    {
        var id = $"incoming-{Guid.NewGuid():N}";
        var activity = new
        {
            type = "message",
            id,
            serviceUrl = servers.Connector.ServiceUrl,
            channelId = "msteams",
            from = new { id = "29:user-1", name = "王芳", aadObjectId },
            conversation = new { id = "a:personal-1", conversationType = "personal", tenantId = "tenant-1" },
            recipient = new { id = "28:bot", name = "TeamsCert" },
            text,
            locale = "zh-CN",
        };
        using var response = await host.PostAsync(activity, token: null);
        response.EnsureSuccessStatusCode();
        var reply = await servers.Connector.WaitForAsync(r => r.Method == "POST" && r.Path.EndsWith(id, StringComparison.Ordinal));
        return JsonNode.Parse(reply.Body)!.AsObject();
    }
}
