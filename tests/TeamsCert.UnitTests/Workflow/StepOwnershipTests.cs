using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>
/// Who may answer a step is fixed by the case for every kind (ROLE): an assigned step only its assignee or a manager,
/// an unassigned one anyone holding its role. No handler has to remember to ask.
/// </summary>
public class StepOwnershipTests
{
    private static readonly DateTimeOffset _now = new(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor _reviewer = Staff("reviewer@cb", StaffRoles.ApplicationReviewer);
    private static readonly Actor _reviewer2 = Staff("reviewer2@cb", StaffRoles.ApplicationReviewer);
    private static readonly Actor _manager = Staff("boss@cb", StaffRoles.Manager);
    private static readonly Actor _auditor = Staff("auditor@cb", "auditor");

    [Fact]
    public void Act_StepReassignedToAnother_RoleHolderRefusedWithRoleAndNothingRecorded()
    {
        var (process, @case, step) = ReviewAssignedTo(_reviewer2.Id);

        var error = Assert.Throws<ActorNotAllowedException>(() => process.Act(@case, step.Id, "accept", new Dictionary<string, string>(), _reviewer, _now));

        Assert.Equal("ROLE", error.RuleId);
        Assert.Contains(_reviewer2.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Open, step.Status);
        Assert.Empty(@case.NewEvents);
    }

    [Fact]
    public void Act_StepReassigned_TheAssigneeMayAnswer()
    {
        var (process, @case, step) = ReviewAssignedTo(_reviewer2.Id);

        process.Act(@case, step.Id, "accept", new Dictionary<string, string>(), _reviewer2, _now);

        Assert.Equal((StepStatus.Completed, _reviewer2.Id), (step.Status, step.CompletedBy));
    }

    [Fact]
    public void Act_StepReassigned_AManagerMayAnswerForTheAssignee()
    {
        var (process, @case, step) = ReviewAssignedTo(_reviewer2.Id);

        process.Act(@case, step.Id, "accept", new Dictionary<string, string>(), _manager, _now);

        Assert.Equal(_manager.Id, step.CompletedBy);
    }

    [Fact]
    public void Act_UnassignedStep_SomeoneWithoutTheRoleRefusedWithRole()
    {
        var process = new CaseProcess(TestRules.Scheme("TEL"), TestRules.Runtime.Calendar);
        var @case = process.Open(new OpenCaseRequest("TEL", "示例组织", 50, 1, "服务"), "TEL-1", _reviewer, _now);
        @case.AcceptChanges();

        var error = Assert.Throws<ActorNotAllowedException>(() =>
            process.Act(@case, @case.Steps.Single().Id, "accept", new Dictionary<string, string>(), _auditor, _now));

        Assert.Equal("ROLE", error.RuleId);
        Assert.Empty(@case.NewEvents);
    }

    private static (CaseProcess Process, CertificationCase Case, PendingStep Step) ReviewAssignedTo(string assignee)
    {
        var process = new CaseProcess(TestRules.Scheme("TEL"), TestRules.Runtime.Calendar);
        var @case = process.Open(new OpenCaseRequest("TEL", "示例组织", 50, 1, "服务"), "TEL-1", _reviewer, _now);
        var step = @case.Steps.Single();
        @case.Reassign(step.Id, assignee, "评审员休假", _manager, _now);
        @case.AcceptChanges();
        return (process, @case, step);
    }

    private static Actor Staff(string id, string role) => new(id, id, new HashSet<string> { role });
}
