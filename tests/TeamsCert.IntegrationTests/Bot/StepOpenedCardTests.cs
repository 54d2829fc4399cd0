using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Portal;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Tab;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>
/// "A step opened" reaches the person who is to act through the outbox, whatever opened it: the API, a tab form, the
/// portal, a timer, the command line (the bot's own <c>step.act</c> is in <see cref="BotCardActionTests"/>). Each test
/// drives one outbox pass itself and looks for the step's own card in the recipient's conversation.
/// </summary>
public sealed class StepOpenedCardTests(BotServers servers) : IClassFixture<BotServers>
{
    private const string Leader = "user-leader";

    [Fact]
    public async Task Api_StepAction_NextStepCardReachesTheRoleHolder()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Programme, "help");
        var @case = await chat.OpenCaseAsync();
        var review = @case.Steps.Single(s => s.Kind == "application-review");

        using var api = chat.Host.Factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
        using var response = await api.PostAsJsonAsync(new Uri($"/api/cases/{@case.Id}/steps/{review.Id}", UriKind.Relative), new { action = "accept" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await chat.DeliverOutboxAsync();

        var next = (await chat.LoadAsync(@case.Id)).OpenStep(CaseProcess.AuditProgramme)!;
        AssertStepCard(chat, BotChat.Programme, next, mayAct: true);
    }

    [Fact]
    public async Task TabForm_Reassign_CardReachesTheNewAssignee()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Reviewer2, "help");
        var @case = await chat.OpenCaseAsync();
        var review = @case.Steps.Single(s => s.Kind == "application-review");
        using var forms = new TabForms(chat.Host.Factory);
        var (_, html) = await forms.GetAsync("/tab/deadlines?lang=en", "manager@demo.local");

        // Reassigned to the other reviewer (the rules allow only application reviewers on this step).
        var (status, _, _) = await forms.PostAsync("/tab/steps/reassign", "manager@demo.local", TabForms.TokenIn(html), new Dictionary<string, string>
        {
            ["caseId"] = @case.Id.ToString(),
            ["stepId"] = review.Id.ToString(),
            ["assignee"] = "reviewer2@demo.local",
            ["reason"] = "原评审员休假",
        });
        Assert.Equal(HttpStatusCode.OK, status);
        await chat.DeliverOutboxAsync();

        Assert.Equal("reviewer2@demo.local", (await chat.LoadAsync(@case.Id)).Step(review.Id).AssigneeId);
        AssertStepCard(chat, BotChat.Reviewer2, review, mayAct: true);
    }

    [Fact]
    public async Task Portal_ApplicantSubmitsCorrectiveActions_VerificationCardReachesTheTeamLeader()
    {
        using var chat = new BotChat(servers.Connector, new Dictionary<string, string?> { [$"Bot:DevelopmentUsers:{Leader}"] = DemoStaff.Leader.Id },
            s => s.AddSingleton<IStaffDirectory>(DemoStaff.Directory));
        await chat.SayAsync(Leader, "help");
        var driver = await DriverAsync(chat, CycleDriver.At(2025, 8, 1));
        await driver.TelToPlanAsync(CycleDriver.At(2025, 8, 1));
        await driver.ActAsync(CycleDriver.At(2025, 8, 6), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-08-11" });
        await driver.ActAsync(CycleDriver.At(2025, 8, 6), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await driver.ActAsync(CycleDriver.At(2025, 8, 8), "mystery-shopping", "record", DemoStaff.Shopper, new() { ["date"] = "2025-08-08" });
        await driver.ActAsync(CycleDriver.At(2025, 8, 11), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-08-11", ["end"] = "2025-08-11" });
        var @case = await driver.ActAsync(CycleDriver.At(2025, 8, 20), "stage2-audit", "complete", DemoStaff.Leader, new()
        {
            ["start"] = "2025-08-18",
            ["end"] = "2025-08-20",
            ["findings"] = """[{"grade":"minor","clause":"YD/T 2823 5.3","evidence":"录音抽查 3/50 未按话术"}]""",
            ["score"] = CycleDriver.TelScore,
        });
        Assert.NotNull(@case.OpenStep("corrective-actions"));
        await chat.DeliverOutboxAsync();

        var portal = await PortalLinkAsync(chat, @case.Id);
        await portal.UploadAsync("finding-1", "培训记录.pdf", GeneratedFileStream.Pdf(12_000));
        using var submitted = await portal.SubmitAsync([new("finding-1", "话术培训并复查 50 通录音")]);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        await chat.DeliverOutboxAsync();

        var verification = (await chat.LoadAsync(@case.Id)).OpenStep("corrective-action-verification")!;
        Assert.Equal(DemoStaff.Leader.Id, verification.AssigneeId);
        AssertStepCard(chat, Leader, verification, mayAct: true);
    }

    [Fact]
    public async Task Timer_CertificateExpiresOverdue_PublicationCardReachesTheProgrammeManagerAsD12()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Programme, "help");
        var driver = await DriverAsync(chat, CycleDriver.At(2025, 12, 1));
        await driver.AsToCertificateAsync();
        var lastDayEnds = new DateTimeOffset(2029, 1, 12, 23, 59, 59, 999, TimeSpan.FromHours(8));

        await driver.FireTimersAsync(lastDayEnds);
        await chat.DeliverOutboxAsync(driver.Runtime.Clock);

        var publication = driver.Case.OpenStep("status-publication")!;
        Assert.Equal(Actor.System.Id, driver.Case.Steps.Single(s => s.Kind == "certificate-expiry").CompletedBy);
        AssertStepCard(chat, BotChat.Programme, publication, mayAct: true);
    }

    [Fact]
    public async Task Cli_DemoSeed_OpenStepsCardsReachTheRoleHolders()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Reviewer, "help");

        var (exit, seeded) = CliRunner.Run("demo", "seed", "--data-folder", chat.Host.DataFolder);
        Assert.Equal(0, exit);
        Assert.True(seeded.GetProperty("seeded").GetInt32() > 0);
        await chat.DeliverOutboxAsync(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(1)));

        await using var scope = chat.Host.Factory.Services.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<TeamsCert.Infrastructure.Workflow.CaseQueries>().OpenStepsAsync(null, CancellationToken.None);
        var reviews = open.Where(s => s.Role == StaffRoles.ApplicationReviewer && s.AssigneeId is null).ToList();
        Assert.NotEmpty(reviews);
        foreach (var review in reviews)
        {
            Assert.Single(Cards(chat, BotChat.Reviewer, review.StepId));
        }
    }

    /// <summary>Exactly one card for the step arrived in the user's conversation, with the act buttons when they may act.</summary>
    private static void AssertStepCard(BotChat chat, string user, PendingStep step, bool mayAct)
    {
        var cards = Cards(chat, user, step);
        Assert.NotEmpty(cards);
        var text = BotChat.Text(cards[^1]);
        Assert.Equal(mayAct, text.Contains("\"verb\":\"step.act\"", StringComparison.Ordinal));
    }

    private static List<JsonObject> Cards(BotChat chat, string user, PendingStep step) => Cards(chat, user, step.Id);

    private static List<JsonObject> Cards(BotChat chat, string user, Guid stepId) =>
        [.. chat.Connector.Requests
            .Where(r => r.Method == "POST" && r.Path.Contains(chat.ConversationOf(user), StringComparison.Ordinal) && r.Body.Contains(stepId.ToString(), StringComparison.Ordinal))
            .Select(r => BotChat.CardOf(JsonNode.Parse(r.Body)!.AsObject()))];

    /// <summary>A cycle driver on the hosted app's own database, with its own clock starting at <paramref name="start"/>.</summary>
    private static async Task<CycleDriver> DriverAsync(BotChat chat, DateTimeOffset start)
    {
        var database = new FolderSqliteDatabase(chat.Host.DataFolder);
        await database.InitializeAsync();
        return new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(start)));
    }

    private static async Task<PortalClient> PortalLinkAsync(BotChat chat, Guid caseId)
    {
        using var staff = chat.Host.Factory.CreateClient();
        staff.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
        using var response = await staff.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/links", UriKind.Relative), new { purpose = "corrective-actions" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = new Uri((await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>());
        return new PortalClient(chat.Host.Factory, url.Segments[^1]);
    }
}
