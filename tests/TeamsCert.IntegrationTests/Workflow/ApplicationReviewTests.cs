using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>The application-review part of the cycle, run on each real database (see the two subclasses).</summary>
public abstract class ApplicationReviewTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset _received = new(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly RuntimeHarness _runtime;

    protected ApplicationReviewTests(TDatabase database) => _runtime = new RuntimeHarness(database, new FakeTimeProvider(_received));

    [Fact]
    public async Task Open_TelApplication_ReviewStepDueInThreeWorkingDaysWithTimersTelD01()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var review = @case.Steps.Single();
        var timers = await _runtime.TimersAsync(@case.Id);

        Assert.Equal(CaseStage.ApplicationReview, @case.Stage);
        Assert.Equal(new DateOnly(2025, 10, 11), review.DueOn);
        Assert.Equal("TEL-D01", review.DueRuleId);
        Assert.Equal(["reminder", "overdue"], timers.Select(t => t.Kind));
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 9, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(), timers[0].FireAtMs);
        Assert.Equal(new DateTimeOffset(2025, 10, 11, 23, 59, 59, 999, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(), timers[1].FireAtMs);
    }

    [Fact]
    public async Task Open_LsAfterRuleSetExpired_RefusedWithA03AndNothingStored()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => _runtime.OpenAsync("LS"));

        Assert.Equal("A-03", error.RuleId);
    }

    [Fact]
    public async Task Deficiency_PausesClockAndSupplyResumesWithLaterDueDateAsD01()
    {
        var @case = await _runtime.OpenAsync("AS");
        _runtime.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)));
        var (paused, _) = await _runtime.ActAsync(@case, "application-review", "deficiency", RuntimeHarness.Reviewer,
            new() { ["missing"] = "systemDocuments,internalEvaluationRecords" });
        _runtime.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 13, 10, 0, 0, TimeSpan.FromHours(8)));
        var (resumed, _) = await _runtime.ActAsync(paused, "applicant-documents", "supply", RuntimeHarness.Applicant,
            new() { ["materials"] = "systemDocuments,internalEvaluationRecords" });

        Assert.Equal(CaseStage.AwaitingApplicant, paused.Stage);
        Assert.True(paused.Steps.Single(s => s.Kind == "application-review").Paused);
        Assert.Equal(CaseStage.ApplicationReview, resumed.Stage);

        // Without the pause: 2025-10-14. Oct 10, Sat Oct 11 (make-up day) and Oct 13 were paused, so three more working days.
        Assert.Equal(new DateOnly(2025, 10, 17), resumed.Steps.Single(s => s.Kind == "application-review").DueOn);
    }

    [Fact]
    public async Task Deficiency_UnknownMaterial_NamesFieldAndStoresNothing()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var before = await _runtime.JournalAsync(@case.Id);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _runtime.ActAsync(@case, "application-review", "deficiency", RuntimeHarness.Reviewer, new() { ["missing"] = "passport" }));

        Assert.Equal("data.missing", error.Field);
        Assert.Equal(before.Count, (await _runtime.JournalAsync(@case.Id)).Count);
    }

    [Fact]
    public async Task Reject_WithoutReason_NamesFieldAndWithReasonRefusesCase()
    {
        var @case = await _runtime.OpenAsync("TEL");

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => _runtime.ActAsync(@case, "application-review", "reject", RuntimeHarness.Reviewer));
        var (refused, _) = await _runtime.ActAsync(@case, "application-review", "reject", RuntimeHarness.Reviewer, new() { ["reason"] = "不在认证范围内" });

        Assert.Equal("data.reason", error.Field);
        Assert.Equal(CaseStage.Refused, refused.Stage);
        Assert.Contains(await _runtime.JournalAsync(@case.Id), j => j.Type == "step.completed" && j.Reason == "不在认证范围内" && j.ActorId == RuntimeHarness.Reviewer.Id);
    }

    [Fact]
    public async Task Accept_ByActorWithoutRole_Refused()
    {
        var @case = await _runtime.OpenAsync("TEL");

        await Assert.ThrowsAsync<ActorNotAllowedException>(() => _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Auditor));
    }

    [Fact]
    public async Task Accept_TwoReviewersAtOnce_ExactlyOneWinsOtherLearnsWho()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var first = _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer);
        var second = _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer2);

        var outcomes = await Task.WhenAll(Settle(first), Settle(second));

        Assert.Single(outcomes, o => o is null);
        var loser = Assert.IsType<StepAlreadyDecidedException>(Assert.Single(outcomes, o => o is not null));
        var stored = await _runtime.LoadAsync(@case.Id);
        Assert.Equal(stored.Steps.Single(s => s.Kind == "application-review").CompletedBy, loser.DecidedBy);
        Assert.Single(await _runtime.JournalAsync(@case.Id), j => j.Type == "step.completed");
    }

    [Fact]
    public async Task Accept_SameIdempotencyKeyTwice_AppliesOnce()
    {
        var @case = await _runtime.OpenAsync("TEL");

        var (_, firstReplayed) = await _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer, key: "card-123");
        var (after, replayed) = await _runtime.WithActionsAsync((actions, _) =>
            actions.ActAsync(@case.Id, @case.Steps[0].Id, "accept", new Dictionary<string, string>(), "card-123", RuntimeHarness.Reviewer));

        Assert.False(firstReplayed);
        Assert.True(replayed);
        Assert.Equal(CaseStage.AuditProgramme, after.Stage);
        Assert.Single(await _runtime.JournalAsync(@case.Id), j => j.Type == "step.completed");
    }

    [Fact]
    public async Task Journal_WholeHistory_VerifiesAndDetectsTampering()
    {
        var @case = await _runtime.OpenAsync("TEL");
        await _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer);
        var journal = await _runtime.JournalAsync(@case.Id);

        var intact = JournalChain.Verify(journal);
        var tampered = JournalChain.Verify([.. journal.Select(j => j.Sequence == 2 ? new JournalRow
        {
            CaseId = j.CaseId, Sequence = j.Sequence, Type = j.Type, ActorId = "someone-else", At = j.At, Reason = j.Reason,
            RuleId = j.RuleId, DataJson = j.DataJson, PreviousHash = j.PreviousHash, Hash = j.Hash,
        } : j)]);

        Assert.True(intact.Valid, intact.Problem);
        Assert.True(journal.Count >= 5);
        Assert.False(tampered.Valid);
        Assert.Equal(2, tampered.BrokenAt);
    }

    [Fact]
    public async Task Reload_NewContextOnSameDatabase_SameCase()
    {
        var @case = await _runtime.OpenAsync("AS");

        var reloaded = await _runtime.LoadAsync(@case.Id);

        Assert.Equal(@case.Number, reloaded.Number);
        Assert.Equal(@case.Steps.Single().DueOn, reloaded.Steps.Single().DueOn);
        Assert.Equal(1, reloaded.Version);
    }

    private static async Task<Exception?> Settle(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
