using System.Text.Json.Nodes;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Action.Execute invokes: acting through the runtime, idempotency, refusals and the viewer-specific step card.</summary>
public sealed class BotCardActionTests(BotServers servers) : IClassFixture<BotServers>, IDisposable
{
    private readonly BotChat _chat = new(servers.Connector);

    [Fact]
    public async Task StepAct_ReviewerAccepts_CaseMovesOnAndOutcomeCardReturned()
    {
        var @case = await _chat.OpenCaseAsync();
        var data = BotChat.StepData(@case, "application-review", ("action", "accept"), ("comment", "材料齐全"));

        var card = await _chat.InvokeAsync(BotChat.Reviewer, "step.act", data, replyToId: "bot-card-1");

        var after = await _chat.LoadAsync(@case.Id);
        Assert.Equal(CaseStage.AuditProgramme, after.Stage);
        var review = after.Steps.Single(s => s.Kind == "application-review");
        Assert.Equal(("accepted", "reviewer@demo.local"), (review.Outcome, review.CompletedBy));
        var text = BotChat.Text(card);
        Assert.Contains("已处理", text, StringComparison.Ordinal);
        Assert.Contains("李评审", text, StringComparison.Ordinal);
        Assert.Contains("材料齐全", text, StringComparison.Ordinal);
        await _chat.DeliverOutboxAsync();
        var update = await servers.Connector.WaitForAsync(r => r.Method == "PUT" && r.Path.EndsWith("/activities/bot-card-1", StringComparison.Ordinal)
            && r.Path.Contains(_chat.ConversationOf(BotChat.Reviewer), StringComparison.Ordinal));
        Assert.Contains("李评审", update.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAct_NextStepsRoleHolderKnown_NextStepCardSentThroughTheOutbox()
    {
        await _chat.SayAsync(BotChat.Programme, "help");
        var @case = await _chat.OpenCaseAsync();

        await _chat.InvokeAsync(BotChat.Reviewer, "step.act", BotChat.StepData(@case, "application-review", ("action", "accept")));
        await _chat.DeliverOutboxAsync();

        var sent = await servers.Connector.WaitForAsync(r => r.Method == "POST" && r.Path.Contains(_chat.ConversationOf(BotChat.Programme), StringComparison.Ordinal)
            && r.Body.Contains(@case.Number, StringComparison.Ordinal));
        var card = BotChat.CardOf(JsonNode.Parse(sent.Body)!.AsObject());
        Assert.Contains("step.act", BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAct_DoubleClickSameActivity_ActsOnce()
    {
        var @case = await _chat.OpenCaseAsync();
        var data = BotChat.StepData(@case, "application-review", ("action", "accept"));

        var first = await _chat.InvokeAsync(BotChat.Reviewer, "step.act", data, id: "click-1");
        var second = await _chat.InvokeAsync(BotChat.Reviewer, "step.act", data, id: "click-1");

        Assert.Contains("已处理", BotChat.Text(first), StringComparison.Ordinal);
        Assert.Contains("已处理", BotChat.Text(second), StringComparison.Ordinal);
        var after = await _chat.LoadAsync(@case.Id);
        Assert.Single(after.Steps, s => s.Kind == "application-review");
        Assert.Single(after.Steps, s => s.Kind == CaseProcess.AuditProgramme);
    }

    [Fact]
    public async Task StepAct_NotTheStepsRole_RefusalCardWithRuleIdAndCaseUnchanged()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Programme, "step.act", BotChat.StepData(@case, "application-review", ("action", "accept")));

        var text = BotChat.Text(card);
        Assert.Contains("未能处理", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"ROLE\"", text, StringComparison.Ordinal);
        Assert.Equal(CaseStage.ApplicationReview, (await _chat.LoadAsync(@case.Id)).Stage);
    }

    [Fact]
    public async Task StepAct_AlreadyDecidedBySomeoneElse_RefusalSaysWhoAndWhen()
    {
        var @case = await _chat.OpenCaseAsync();
        var data = BotChat.StepData(@case, "application-review", ("action", "accept"));
        await _chat.InvokeAsync(BotChat.Reviewer, "step.act", data);

        var card = await _chat.InvokeAsync(BotChat.Reviewer2, "step.act", data);

        var text = BotChat.Text(card);
        Assert.Contains("STEP-DECIDED", text, StringComparison.Ordinal);
        Assert.Contains("reviewer@demo.local", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAct_UnknownStep_RefusalCard()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Reviewer, "step.act",
            new { caseId = @case.Id.ToString(), stepId = Guid.NewGuid().ToString(), action = "accept" });

        Assert.Contains("NOT-FOUND", BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAct_UnknownUser_RefusedAndCaseUnchanged()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Stranger, "step.act", BotChat.StepData(@case, "application-review", ("action", "accept")));

        Assert.Contains("NOT-STAFF", BotChat.Text(card), StringComparison.Ordinal);
        Assert.Equal(CaseStage.ApplicationReview, (await _chat.LoadAsync(@case.Id)).Stage);
    }

    [Fact]
    public async Task StepRefresh_NonActor_ReadOnlyCardWithoutActButtons()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Programme, "step.refresh", BotChat.StepData(@case, "application-review"));

        var text = BotChat.Text(card);
        Assert.Contains("您可查看此步骤，但无权处理。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"verb\":\"step.act\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepShow_Actor_ActingCardWithActButtonsAndTeamsIdsForRefresh()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Reviewer, "step.show", BotChat.StepData(@case, "application-review"));

        var text = BotChat.Text(card);
        Assert.Contains("\"verb\":\"step.act\"", text, StringComparison.Ordinal);
        var userIds = card["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n).ToList();
        Assert.Contains(BotChat.Reviewer, userIds);
        Assert.Contains("reviewer2@demo.local", userIds);
    }

    [Fact]
    public async Task StepReassign_Manager_AssignsAndReturnsOutcome()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = await _chat.InvokeAsync(BotChat.Manager, "step.reassign",
            BotChat.StepData(@case, "application-review", ("assignee", "reviewer2@demo.local"), ("reason", "休假")));

        Assert.Contains("赵评审", BotChat.Text(card), StringComparison.Ordinal);
        Assert.Equal("reviewer2@demo.local", (await _chat.LoadAsync(@case.Id)).Steps.Single(s => s.Kind == "application-review").AssigneeId);
    }

    [Fact]
    public async Task StepShow_TeamAssignment_PickerOffersEligibleDirectoryAuditors()
    {
        var @case = await _chat.OpenCaseAsync();
        await _chat.InvokeAsync(BotChat.Reviewer, "step.act", BotChat.StepData(@case, "application-review", ("action", "accept")));
        @case = await _chat.LoadAsync(@case.Id);
        var proposed = await _chat.InvokeAsync(BotChat.Programme, "step.act", BotChat.StepData(@case, CaseProcess.AuditProgramme,
            ("action", "propose"), ("mysteryShopper", "auditor2@demo.local"), ("mysteryShoppingArranged", "true")));
        Assert.Contains("已处理", BotChat.Text(proposed), StringComparison.Ordinal);
        @case = await _chat.LoadAsync(@case.Id);

        var card = await _chat.InvokeAsync(BotChat.Manager, "step.show", BotChat.StepData(@case, "team-assignment"));

        var text = BotChat.Text(card);
        Assert.Contains("\"id\":\"pickedLeader\"", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"leader@demo.local\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\":\"expert@demo.local\"", text, StringComparison.Ordinal);
    }

    public void Dispose() => _chat.Dispose();
}
