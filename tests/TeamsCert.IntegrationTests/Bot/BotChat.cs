using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Cards.Support;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>
/// An anonymous Development bot (the Agents Playground's mode) over the real app and SQLite, with Teams users mapped to
/// demo staff through <c>Bot:DevelopmentUsers</c>, and helpers to talk to it and read the cards it answers with.
/// </summary>
public sealed class BotChat : IDisposable
{
    public const string Manager = "user-id-0";
    public const string Reviewer = "user-rev";
    public const string Reviewer2 = "user-rev2";
    public const string Programme = "user-prog";
    public const string Stranger = "user-unknown";

    public BotChat(FakeConnectorServer connector, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Connector = connector;
        var all = new Dictionary<string, string?>
        {
            ["Bot:AllowAnonymous"] = "true",
            [$"Bot:DevelopmentUsers:{Manager}"] = "manager@demo.local",
            [$"Bot:DevelopmentUsers:{Reviewer}"] = "reviewer@demo.local",
            [$"Bot:DevelopmentUsers:{Reviewer2}"] = "reviewer2@demo.local",
            [$"Bot:DevelopmentUsers:{Programme}"] = "programme@demo.local",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Host = new BotHost(all, services: services);
    }

    public BotHost Host { get; }

    public FakeConnectorServer Connector { get; }

    /// <summary>Unique per chat, so requests of other tests on the shared connector are never mistaken for ours.</summary>
    public string Tag { get; } = Guid.NewGuid().ToString("N")[..10];

    public string ConversationOf(string user) => $"a:{user}-{Tag}";

    public object Activity(string user, string type, string? text = null, string? name = null, object? value = null, string? id = null,
        string? replyToId = null, string locale = "zh-CN", object? extra = null) => new
        {
            type,
            id = id ?? $"act-{Guid.NewGuid():N}",
            serviceUrl = Connector.ServiceUrl,
            channelId = "msteams",
            from = new { id = user, name = user },
            conversation = new { id = ConversationOf(user), conversationType = "personal", tenantId = "tenant-1" },
            recipient = new { id = "28:bot", name = "TeamsCert" },
            text,
            locale,
            name,
            value,
            replyToId,
            action = extra,
        };

    /// <summary>Sends a text and returns the bot's reply (the first request to this user's conversation carrying the marker).</summary>
    public async Task<JsonObject> SayAsync(string user, string text, string locale = "zh-CN")
    {
        var before = Connector.Requests.Count;
        using (var response = await Host.PostAsync(Activity(user, "message", text, locale: locale), token: null))
        {
            response.EnsureSuccessStatusCode();
        }

        var reply = await Connector.WaitForAsync(r => r.Method == "POST" && r.Path.Contains(ConversationOf(user), StringComparison.Ordinal)
            && Connector.Requests.Skip(before).Contains(r));
        return JsonNode.Parse(reply.Body)!.AsObject();
    }

    /// <summary>An Action.Execute invoke; returns the card of the HTTP answer (checked against the 1.5 schema).</summary>
    public async Task<JsonObject> InvokeAsync(string user, string verb, object data, string? id = null, string? replyToId = null)
    {
        var activity = Activity(user, "invoke", name: "adaptiveCard/action", value: new { action = new { type = "Action.Execute", verb, data } }, id: id, replyToId: replyToId);
        using var response = await Host.PostAsync(activity, token: null);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return Valid(body["value"]!.AsObject());
    }

    /// <summary>The card attached to a message the bot sent, checked against the 1.5 schema.</summary>
    public static JsonObject CardOf(JsonObject message) => Valid(message["attachments"]![0]!["content"]!.AsObject());

    public static JsonObject Valid(JsonObject card)
    {
        var errors = AdaptiveCardSchema.Validate(card);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        return card;
    }

    public static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Opens a TEL case through the runtime as the demo reviewer, at the app clock's time.</summary>
    public async Task<CertificationCase> OpenCaseAsync(string organization = "北京示例呼叫中心有限公司")
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var actions = scope.ServiceProvider.GetRequiredService<CaseActions>();
        return await actions.OpenAsync(new OpenCaseRequest("TEL", organization, 120, 2, "呼叫中心客户服务"), DemoUsers.Find("reviewer@demo.local")!);
    }

    /// <summary>Invites an organisation (TEL) through the runtime as the demo reviewer: the case waits for its application form.</summary>
    public async Task<CertificationCase> InviteAsync(string organization = "北京示例呼叫中心有限公司")
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var actions = scope.ServiceProvider.GetRequiredService<CaseActions>();
        return await actions.InviteAsync(new InvitationRequest("TEL", organization), DemoUsers.Find("reviewer@demo.local")!);
    }

    /// <summary>
    /// Runs one outbox pass now (the dispatcher's own passes may deliver some messages first). With <paramref name="at"/>,
    /// the pass claims by that clock instead of the app's: moving the app's fake clock by years would make it run every
    /// periodic timer of the app once per period in between.
    /// </summary>
    public async Task<int> DeliverOutboxAsync(TimeProvider? at = null)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var delivery = at is null
            ? services.GetRequiredService<OutboxPass>()
            : new OutboxPass(services.GetRequiredService<TeamsCertDbContext>(), services.GetRequiredService<IOutboundSender>(), at,
                Options.Create(new OutboxOptions()), NullLogger<OutboxPass>.Instance);
        return await delivery.DeliverPendingAsync();
    }

    public async Task<CertificationCase> LoadAsync(Guid caseId)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CaseStore>().LoadAsync(caseId))!;
    }

    public static object StepData(CertificationCase @case, string kind, params (string Key, string Value)[] extra)
    {
        var data = new Dictionary<string, string>
        {
            ["caseId"] = @case.Id.ToString(),
            ["stepId"] = @case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open).Id.ToString(),
        };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        return data;
    }

    /// <summary>An invited TEL case whose applicant submitted the sample form with two materials, each with an uploaded file.</summary>
    public async Task<(CertificationCase Case, List<(Guid Id, string Name)> Files)> SubmitTelApplicationAsync()
    {
        var invited = await InviteAsync();
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var data = new Dictionary<string, string>(Portal.TelApplicationSample.Form()) { ["materials"] = "businessLicence,organisationChart" };
        var step = invited.Steps.Single(s => s.Kind == "application-form" && s.Status == StepStatus.Open);
        var (@case, _) = await scope.ServiceProvider.GetRequiredService<CaseActions>()
            .ActAsync(invited.Id, step.Id, "submit", data, $"test:{Guid.NewGuid():N}", LinkActors.Applicant(Guid.NewGuid()));
        var db = scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>();
        var files = new List<(Guid Id, string Name)>();
        foreach (var (item, name) in new[] { ("businessLicence", "营业执照.pdf"), ("organisationChart", "组织机构图.pdf") })
        {
            var id = Guid.NewGuid();
            files.Add((id, name));
            db.Documents.Add(new DocumentRow
            {
                Id = id,
                CaseId = @case.Id,
                Purpose = "application",
                Item = item,
                FileName = name,
                ContentType = "application/pdf",
                Sha256 = "x",
                Version = 1,
                StorageProvider = "Local",
                StorageKey = $"k-{id:N}",
                UploaderId = "applicant",
                UploadedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        return (@case, files);
    }

    public void Dispose() => Host.Dispose();
}
