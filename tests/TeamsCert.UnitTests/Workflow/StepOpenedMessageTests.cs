using TeamsCert.Domain.Workflow;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>"A step opened" is queued by the case itself: one <c>step-opened</c> per step opened or reassigned and still open.</summary>
public class StepOpenedMessageTests
{
    private static readonly Dictionary<string, string> _telProgramme = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void Open_NewCase_OneStepOpenedToTheReviewersRoleWithStepData()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-30"));
        var review = cycle.Open("application-review");

        var message = Assert.Single(cycle.Case.NewMessages, m => m.Kind == CertificationCase.StepOpenedMessage);

        Assert.Equal($"{cycle.Case.Id}:step-opened:{review.Id}", message.IdempotencyKey);
        Assert.Equal(StaffRoles.ApplicationReviewer, message.Recipient);
        Assert.Equal(
            (cycle.Case.Id.ToString(), cycle.Case.Number, "示例组织", review.Id.ToString(), "application-review", StaffRoles.ApplicationReviewer, "", "TEL-D01"),
            (message.Data["caseId"], message.Data["number"], message.Data["organization"], message.Data["stepId"], message.Data["stepKind"],
                message.Data["role"], message.Data["assignee"], message.Data["ruleId"]));
        Assert.Equal(review.DueOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), message.Data["due"]);
    }

    [Fact]
    public void AcceptChanges_AfterSave_ForgetsTheOpenedStepsAndExtraMessages()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-30"));
        cycle.Case.AlsoSend(new OutboundMessage("extra", "card-acted", "reviewer@cb", new Dictionary<string, string>()));

        cycle.Case.AcceptChanges();

        Assert.Empty(cycle.Case.NewMessages);
    }

    [Fact]
    public void Act_StepCompletedAndNextOpened_OnlyTheNextStepIsAnnounced()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-30"));
        cycle.Case.AcceptChanges();

        cycle.Act(D("2025-09-30"), "application-review", "accept", CycleHarness.Reviewer);

        var message = Assert.Single(cycle.Case.NewMessages, m => m.Kind == CertificationCase.StepOpenedMessage);
        Assert.Equal(CaseProcess.AuditProgramme, message.Data["stepKind"]);
        Assert.Equal($"{cycle.Case.Id}:step-opened:{cycle.Open(CaseProcess.AuditProgramme).Id}", message.IdempotencyKey);
    }

    [Fact]
    public void Act_StepOpenedForOnePerson_AddressedToTheAssignee()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-01"))
            .Act(D("2025-09-01"), "application-review", "accept", CycleHarness.Reviewer)
            .Act(D("2025-09-01"), "audit-programme", "propose", CycleHarness.Manager, _telProgramme);
        cycle.Case.AcceptChanges();

        cycle.Act(D("2025-09-01"), "team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam });

        var message = Assert.Single(cycle.Case.NewMessages, m => m.Kind == CertificationCase.StepOpenedMessage);
        Assert.Equal(("team-acceptance", CycleHarness.Leader.Id, CycleHarness.Leader.Id), (message.Data["stepKind"], message.Recipient, message.Data["assignee"]));
    }

    [Fact]
    public void Reassign_AnnouncedStep_NewAssigneeToldUnderItsOwnKey()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-30"));
        var opened = Assert.Single(cycle.Case.NewMessages, m => m.Kind == CertificationCase.StepOpenedMessage);
        cycle.Case.AcceptChanges(savedVersion: 1);
        var manager = new Actor("boss@cb", "经理", new HashSet<string> { StaffRoles.Manager });

        cycle.Case.Reassign(cycle.Open("application-review").Id, "reviewer2@cb", "休假", manager, CycleHarness.At(D("2025-10-02")));

        var message = Assert.Single(cycle.Case.NewMessages, m => m.Kind == CertificationCase.StepOpenedMessage);
        Assert.Equal("reviewer2@cb", message.Recipient);
        Assert.NotEqual(opened.IdempotencyKey, message.IdempotencyKey);
        Assert.StartsWith(opened.IdempotencyKey, message.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Invite_StepOfTheApplicant_NotAnnounced()
    {
        var process = new CaseProcess(TestRules.Scheme("TEL"), TestRules.Runtime.Calendar);

        var @case = process.Invite(new InvitationRequest("TEL", "示例组织"), "TEL-1", CycleHarness.Reviewer, CycleHarness.At(D("2025-09-30")));

        Assert.Equal(StaffRoles.Applicant, Assert.Single(@case.Steps).Role);
        Assert.DoesNotContain(@case.NewMessages, m => m.Kind == CertificationCase.StepOpenedMessage);
    }

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
