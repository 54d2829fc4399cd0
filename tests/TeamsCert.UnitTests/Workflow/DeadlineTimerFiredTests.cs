using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>What a fired deadline timer does to a case (reminder and overdue of a TEL-D01 application review).</summary>
public sealed class DeadlineTimerFiredTests
{
    private static readonly DateTimeOffset _now = new(2025, 10, 10, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Reminder_UnassignedOpenStep_RecordsRuleAndDueAndRemindsRoleTelD01()
    {
        var step = NewStep();
        var @case = NewCase(step);

        var fired = @case.DeadlineTimerFired(step.Id, StepTimers.Reminder, _now);

        Assert.True(fired);
        var recorded = Assert.Single(@case.NewEvents);
        Assert.Equal(("deadline.reminder", "TEL-D01", "system", _now), (recorded.Type, recorded.RuleId, recorded.ActorId, recorded.At));
        Assert.Equal("2025-10-11", recorded.Data["due"]);
        var message = Assert.Single(@case.NewMessages);
        Assert.Equal(("deadline-reminder", StaffRoles.ApplicationReviewer), (message.Kind, message.Recipient));
        Assert.Equal("TEL-D01", message.Data["ruleId"]);
    }

    [Fact]
    public void Reminder_AssignedStep_RemindsAssigneeTelD01()
    {
        var step = NewStep(assignee: "reviewer@demo.local");
        var @case = NewCase(step);

        @case.DeadlineTimerFired(step.Id, StepTimers.Reminder, _now);

        Assert.Equal("reviewer@demo.local", Assert.Single(@case.NewMessages).Recipient);
    }

    [Fact]
    public void Overdue_AssignedOpenStep_EscalatesToManagerTelD01()
    {
        var step = NewStep(assignee: "reviewer@demo.local");
        var @case = NewCase(step);

        var fired = @case.DeadlineTimerFired(step.Id, StepTimers.Overdue, _now);

        Assert.True(fired);
        Assert.Equal("deadline.overdue", Assert.Single(@case.NewEvents).Type);
        var message = Assert.Single(@case.NewMessages);
        Assert.Equal(("deadline-overdue", StaffRoles.Manager), (message.Kind, message.Recipient));
        Assert.Equal("reviewer@demo.local", message.Data["assignee"]);
    }

    [Fact]
    public void ReminderAndOverdue_SameInstant_DistinctIdempotencyKeys()
    {
        var step = NewStep();
        var @case = NewCase(step);

        @case.DeadlineTimerFired(step.Id, StepTimers.Reminder, _now);
        @case.DeadlineTimerFired(step.Id, StepTimers.Overdue, _now);

        Assert.Equal(2, @case.NewMessages.Select(m => m.IdempotencyKey).Distinct().Count());
    }

    [Theory]
    [InlineData(StepStatus.Completed, false)]
    [InlineData(StepStatus.Cancelled, false)]
    [InlineData(StepStatus.Open, true)]
    public void StepNotWaitingOnDeadline_NotFiredNothingRecorded(StepStatus status, bool paused)
    {
        var step = NewStep(status: status, paused: paused);
        var @case = NewCase(step);

        var fired = @case.DeadlineTimerFired(step.Id, StepTimers.Overdue, _now);

        Assert.False(fired);
        Assert.Empty(@case.NewEvents);
        Assert.Empty(@case.NewMessages);
    }

    [Fact]
    public void UnknownStep_NotFired()
    {
        var @case = NewCase(NewStep());

        Assert.False(@case.DeadlineTimerFired(Guid.NewGuid(), StepTimers.Reminder, _now));
    }

    [Fact]
    public void UnknownTimerKind_InvalidInputNamesTimerKind()
    {
        var step = NewStep();
        var @case = NewCase(step);

        var error = Assert.Throws<InvalidInputException>(() => @case.DeadlineTimerFired(step.Id, "nudge", _now));

        Assert.Equal("timerKind", error.Field);
    }

    private static PendingStep NewStep(string? assignee = null, StepStatus status = StepStatus.Open, bool paused = false) => PendingStep.Restore(
        Guid.NewGuid(), "application-review", StaffRoles.ApplicationReviewer, new DateOnly(2025, 9, 30), assigneeId: assignee,
        dueOn: new DateOnly(2025, 10, 11), dueRuleId: "TEL-D01", dueAnchor: new DateOnly(2025, 9, 30), paused: paused, status: status);

    private static CertificationCase NewCase(PendingStep step) => RestoredCases.Tel("TEL-2025-0001", new DateOnly(2025, 9, 30), step);
}
