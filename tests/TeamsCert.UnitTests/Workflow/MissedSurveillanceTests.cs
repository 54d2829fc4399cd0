using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Surveillance;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>
/// A surveillance not done by the scheme's limit puts a suspension to the programme manager (TEL-D05 with 002 §9.6.2(2);
/// AS-D03 and A-08 with 004 §5.10.2.1(2); CC9-D03/A-07 with 003 §8.2.1(4)); nothing is suspended by the runtime.
/// </summary>
public sealed class MissedSurveillanceTests
{
    private const string Composite = """{"weighted":{"服务质量评价":90,"服务效率评价":90,"服务效果评价":90,"战略规划评价":90,"运营过程评价":90,"人员管理评价":90,"系统管理评价":90}}""";

    private static readonly Dictionary<string, string> _tel = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    private static readonly Dictionary<string, string> _as = new()
    {
        ["combination"] = "A+G",
        ["designResponsibility"] = "false",
        ["contact"] = "machineToMachine",
        ["fieldCode"] = "0101",
    };

    [Fact]
    public void Tel_OverduePastTelD05_StatusStepDueTodayWithSuggestedSuspensionJournaledAndSent()
    {
        var cycle = Tel();
        var due = cycle.Open("surveillance-audit").DueOn!.Value;

        var fired = cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(due.AddDays(250)));

        var status = cycle.Open("certificate-status");
        var missed = Assert.Single(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
        Assert.True(fired);
        Assert.Equal(("TEL-D05", due.AddDays(250)), (status.DueRuleId!, status.DueOn!.Value));
        Assert.Equal((Actor.System.Id, "TEL-D05"), (missed.ActorId, missed.RuleId!));
        Assert.Equal(("suspend", "refuses-audit-frequency", "002 §9.6.2(2)"), (missed.Data["suggestedAction"], missed.Data["trigger"], missed.Data["source"]));
        Assert.Equal("不允许按要求的频次实施监督或再认证审查", missed.Data["triggerZh"]);
        Assert.Equal(CycleHarness.Iso(due), missed.Data["limit"]);
        Assert.Equal(
            [StaffRoles.ProgrammeManager, StaffRoles.Manager],
            cycle.Case.NewMessages.Where(m => m.Kind == MissedSurveillance.MessageKind).Select(m => m.Recipient));
        Assert.Equal(CertificateState.Valid, cycle.Case.Facts.Certificate!.State); // the manager decides
        Assert.Equal(due.AddDays(250), cycle.Case.Facts.Surveillances[0].MissedOn);
    }

    [Fact]
    public void Tel_A36BroughtTheDueDateForward_OverdueBeforeTheLimitReDuesOnTheLimitAndSuggestsOnlyAfterIt()
    {
        var cycle = Tel();
        var step = cycle.Open("surveillance-audit");
        var limit = step.DueOn!.Value;
        // after a major complaint the surveillance is due two months earlier than TEL-D05 allows.
        var earlier = limit.AddMonths(-2);
        step.DueOn = earlier;
        cycle.Case.Facts.Surveillances[0].DueOn = earlier;

        var firedEarly = cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(earlier.AddDays(1)));

        Assert.True(firedEarly);
        Assert.DoesNotContain(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
        Assert.Null(cycle.Case.Facts.Surveillances[0].MissedOn);
        Assert.Equal(limit, cycle.Open("surveillance-audit").DueOn);
        Assert.Null(cycle.Open("certificate-status").DueOn);

        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(limit.AddDays(1)));

        var missed = Assert.Single(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
        Assert.Equal(CycleHarness.Iso(limit), missed.Data["limit"]);
        Assert.Equal(limit.AddDays(1), cycle.Open("certificate-status").DueOn);
    }

    [Fact]
    public void Tel_TimerFiresTwice_SuggestedOnce()
    {
        var cycle = Tel();
        var due = cycle.Open("surveillance-audit").DueOn!.Value;

        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(due.AddDays(1)));
        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(due.AddDays(2)));

        Assert.Single(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
        Assert.Equal(2, cycle.Case.NewMessages.Count(m => m.Kind == MissedSurveillance.MessageKind));
        Assert.Equal(due.AddDays(1), cycle.Open("certificate-status").DueOn);
    }

    [Fact]
    public void Tel_ReminderBeforeLimit_NothingSuggested()
    {
        var cycle = Tel();
        var due = cycle.Open("surveillance-audit").DueOn!.Value;

        var fired = cycle.Fire("surveillance-audit", StepTimers.Reminder, CycleHarness.At(due.AddDays(-1)));

        Assert.True(fired);
        Assert.DoesNotContain(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
        Assert.Null(cycle.Open("certificate-status").DueOn);
        Assert.Null(cycle.Case.Facts.Surveillances[0].MissedOn);
    }

    [Fact]
    public void Tel_SuspendedCertificate_NothingSuggested()
    {
        var cycle = Tel().Act(D("2026-03-02"), "certificate-status", "suspend", CycleHarness.Manager,
            new() { ["trigger"] = "voluntary-suspension", ["reason"] = "主动暂停" });
        var due = cycle.Open("surveillance-audit").DueOn!.Value;

        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(due.AddDays(1)));

        Assert.DoesNotContain(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
    }

    [Fact]
    public void As_FirstPastAsD03_SecondPastA08HardStop_ContractTriggerSuggested()
    {
        var cycle = As();
        Assert.Equal(D("2027-01-12"), cycle.Open("surveillance-audit").DueOn);
        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(D("2027-01-13")));
        var first = Assert.Single(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);

        cycle.Survey("2027-01-12", "2027-01-12", new() { ["score"] = "{}" })
            .Act(D("2027-01-20"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "maintain" });
        var second = cycle.Open("surveillance-audit");
        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(second.DueOn!.Value.AddDays(1)));
        var both = cycle.Case.NewEvents.Where(e => e.Type == MissedSurveillance.EventType).ToList();

        Assert.Equal(("AS-D03", "contract-obligations-unmet"), (first.RuleId!, first.Data["trigger"]));
        Assert.Equal(D("2028-04-12"), second.DueOn); // 15 M after the first surveillance, not the 12 M warning
        Assert.Equal(("A-08", "2028-04-12"), (both[1].RuleId!, both[1].Data["limit"]));
        Assert.Equal("A-08", cycle.Open("certificate-status").DueRuleId);
    }

    [Fact]
    public void Cc9_PastCc9D03_OtherSuspensionGroundSuggested()
    {
        var cycle = new CycleHarness("CC9", D("2025-04-01"));
        cycle.ToDecision(D("2025-04-01"), D("2025-04-28"), Composite)
            .Act(D("2025-04-29"), "committee-report-approval", "approve", CycleHarness.Committee)
            .Act(D("2025-04-30"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "conditionalGrant", ["reasons"] = "限期整改" })
            .Act(D("2025-05-06"), "corrective-actions", "submit", CycleHarness.Applicant, new() { ["actions"] = "已整改" })
            .Act(D("2025-05-07"), "corrective-action-verification", "verify", CycleHarness.Leader)
            .Act(D("2025-05-08"), "decision-notification", "notify", CycleHarness.Manager);
        var due = cycle.Open("surveillance-audit").DueOn!.Value;

        cycle.Fire("surveillance-audit", StepTimers.Overdue, CycleHarness.At(due.AddDays(1)));

        var missed = Assert.Single(cycle.Case.NewEvents, e => e.Type == MissedSurveillance.EventType);
        Assert.Equal(("CC9-D03", "other-suspension", "suspend"), (missed.RuleId!, missed.Data["trigger"], missed.Data["suggestedAction"]));
        Assert.Equal(CertificateState.Valid, cycle.Case.Facts.Certificate!.State);
    }

    // TEL certified 2025-09-30, its first surveillance open.
    private static CycleHarness Tel() =>
        new CycleHarness("TEL", D("2025-08-25")).ToDecision(D("2025-08-25"), D("2025-09-26"), CycleSetup.TelThreeStar, _tel)
            .Act(D("2025-09-29"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2025-09-30"), "decision-notification", "notify", CycleHarness.Manager);

    // AS decided 2026-01-12: the first surveillance is due by 2027-01-12 (AS-D03).
    private static CycleHarness As() =>
        new CycleHarness("AS", D("2025-12-01")).ToDecision(D("2025-12-01"), D("2026-01-09"), "{}", _as, confirmContract: true)
            .Act(D("2026-01-12"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2026-01-13"), "decision-notification", "notify", CycleHarness.Manager);
}
