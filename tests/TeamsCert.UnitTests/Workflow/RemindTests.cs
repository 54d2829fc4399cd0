using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>A manager's reminder from the tab: who may send it (ROLE) and what the case records and queues.</summary>
public class RemindTests
{
    private static readonly DateTimeOffset _now = new(2025, 10, 9, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.ProgrammeManager)]
    public void Remind_ManagerOrProgrammeManager_JournalsStepRemindedUnderTheDueRule(string role)
    {
        var (@case, step) = CaseWithStep(assignee: null);

        @case.Remind(step.Id, "  请尽快评审  ", Staff(role), _now);

        var entry = Assert.Single(@case.NewEvents);
        Assert.Equal(CertificationCase.ManualReminderEvent, entry.Type);
        Assert.Equal(("boss@cb.example", "TEL-D01", "请尽快评审", _now), (entry.ActorId, entry.RuleId, entry.Reason, entry.At));
        Assert.Equal(step.Id.ToString(), entry.Data["stepId"]);
        Assert.Equal("reviewer", entry.Data["to"]);
    }

    [Fact]
    public void Remind_AssignedStep_QueuesOneDeadlineReminderToTheAssignee()
    {
        var (@case, step) = CaseWithStep(assignee: "reviewer2@cb.example");

        @case.Remind(step.Id, null, Staff(StaffRoles.Manager), _now);

        var message = Assert.Single(@case.NewMessages);
        Assert.Equal(CertificationCase.DeadlineReminderMessage, message.Kind);
        Assert.Equal("reviewer2@cb.example", message.Recipient);
        Assert.Equal(("TEL-D01", "2025-10-11", "boss@cb.example"), (message.Data["ruleId"], message.Data["due"], message.Data["remindedBy"]));
        Assert.Null(Assert.Single(@case.NewEvents).Reason);
    }

    [Theory]
    [InlineData(StaffRoles.ApplicationReviewer)]
    [InlineData("technicalCommittee")]
    [InlineData("auditor")]
    public void Remind_OtherRole_RefusedWithRoleAndNothingRecorded(string role)
    {
        var (@case, step) = CaseWithStep(assignee: null);

        var error = Assert.Throws<ActorNotAllowedException>(() => @case.Remind(step.Id, null, Staff(role), _now));

        Assert.Equal("ROLE", error.RuleId);
        Assert.Empty(@case.NewEvents);
        Assert.Empty(@case.NewMessages);
    }

    [Fact]
    public void Remind_CompletedStep_RefusedAndNothingRecorded()
    {
        var (@case, step) = CaseWithStep(assignee: null, completedBy: "reviewer@cb.example");

        Assert.Throws<StepAlreadyDecidedException>(() => @case.Remind(step.Id, null, Staff(StaffRoles.Manager), _now));
        Assert.Empty(@case.NewMessages);
    }

    [Fact]
    public void Remind_UnknownStep_RefusedNamingStepId()
    {
        var (@case, _) = CaseWithStep(assignee: null);

        var error = Assert.Throws<InvalidInputException>(() => @case.Remind(Guid.NewGuid(), null, Staff(StaffRoles.Manager), _now));

        Assert.Equal("stepId", error.Field);
    }

    private static Actor Staff(string role) => new("boss@cb.example", "Boss", new HashSet<string>([role], StringComparer.Ordinal));

    private static (CertificationCase Case, PendingStep Step) CaseWithStep(string? assignee, string? completedBy = null)
    {
        var step = PendingStep.Restore(
            Guid.NewGuid(), "application-review", "reviewer", new DateOnly(2025, 9, 30), assigneeId: assignee,
            dueOn: new DateOnly(2025, 10, 11), dueRuleId: "TEL-D01", status: completedBy is null ? StepStatus.Open : StepStatus.Completed,
            completedBy: completedBy);
        var @case = RestoredCases.Tel("TEL-2025-0007", new DateOnly(2025, 9, 30), step);
        return (@case, step);
    }
}
