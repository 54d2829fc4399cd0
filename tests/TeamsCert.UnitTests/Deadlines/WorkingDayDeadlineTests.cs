using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Deadlines;

public class WorkingDayDeadlineTests
{
    [Fact]
    public void LsD01_AcceptanceReview_FiveWorkingDaysAcrossNationalDay() =>
        // A-01 vector: received Tue 2025-09-30 → due Tue 2025-10-14 (Oct 1–8 off, Sat Oct 11 is a make-up day).
        DeadlineAssert.PassesAndFails("LS", "LS-D01", "2025-09-30", "2025-10-14", "2025-10-15");

    [Fact]
    public void Cc9D01_AcceptanceReview_FiveWorkingDays() =>
        DeadlineAssert.PassesAndFails("CC9", "CC9-D01", "2025-09-30", "2025-10-14", "2025-10-15");

    [Fact]
    public void TelD01_ApplicationReview_ThreeWorkingDaysIncludingMakeupSaturday() =>
        DeadlineAssert.PassesAndFails("TEL", "TEL-D01", "2025-09-30", "2025-10-11", "2025-10-13");

    [Fact]
    public void AsD01_ApplicationReview_FiveWorkingDaysFromPolicyA05() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D01", "2025-04-28", "2025-05-08", "2025-05-09");

    [Fact]
    public void TelD02_AuditPlan_AtLeastThreeWorkingDaysBeforeOnSite() =>
        DeadlineAssert.PassesAndFails("TEL", "TEL-D02", "2025-10-20", "2025-10-15", "2025-10-16");

    [Fact]
    public void TelD03_Decision_TenWorkingDaysAfterCompleteFile() =>
        DeadlineAssert.PassesAndFails("TEL", "TEL-D03", "2025-09-30", "2025-10-21", "2025-10-22");

    [Fact]
    public void LsD02_DecisionNotice_FiveWorkingDays() =>
        DeadlineAssert.PassesAndFails("LS", "LS-D02", "2026-02-10", "2026-02-24", "2026-02-25");

    [Fact]
    public void Cc9D02_DecisionNotice_FiveWorkingDays() =>
        DeadlineAssert.PassesAndFails("CC9", "CC9-D02", "2026-09-25", "2026-10-09", "2026-10-12");

    [Fact]
    public void AsD08_Suspension_FiveWorkingDaysAfterVerification() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D08", "2025-09-30", "2025-10-14", "2025-10-15");

    [Fact]
    public void AsD10_Revocation_FiveWorkingDaysAfterVerification() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D10", "2025-09-30", "2025-10-14", "2025-10-15");

    [Fact]
    public void AsD12_Publication_FiveWorkingDaysProductDefault() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D12", "2025-09-30", "2025-10-14", "2025-10-15");

    [Fact]
    public void TelD03_MoreInformationRequested_PauseExtendsDueDateA06()
    {
        var rule = TestRules.Scheme("TEL").Deadline("TEL-D03");
        var pause = new TeamsCert.Domain.Deadlines.ClockPause(TestRules.D("2025-10-09"), TestRules.D("2025-10-13"), "补充信息");

        var window = TestRules.Deadlines("TEL").Window(rule, TestRules.D("2025-09-30"), [pause]);

        // Oct 10, Sat Oct 11 (make-up day) and Oct 13 are paused, so the 10th counted working day moves from Oct 21 to Oct 24.
        Assert.Equal(TestRules.D("2025-10-24"), window.Latest);
    }

    [Fact]
    public void TelD03_OpenPause_LeavesNoDueDateA06()
    {
        var rule = TestRules.Scheme("TEL").Deadline("TEL-D03");
        var pause = new TeamsCert.Domain.Deadlines.ClockPause(TestRules.D("2025-10-09"), null, "补充信息");

        var check = TestRules.Deadlines("TEL").Check(rule, TestRules.D("2025-09-30"), TestRules.D("2025-10-10"), [pause]);

        Assert.True(check.Window.Paused);
        Assert.Null(check.Window.Latest);
        Assert.False(check.Met);
    }

    [Fact]
    public void AsD08_PauseGiven_IsIgnoredBecauseRuleIsNotPausable()
    {
        var rule = TestRules.Scheme("AS").Deadline("AS-D08");
        var pause = new TeamsCert.Domain.Deadlines.ClockPause(TestRules.D("2025-10-09"), TestRules.D("2025-10-13"), "n/a");

        var window = TestRules.Deadlines("AS").Window(rule, TestRules.D("2025-09-30"), [pause]);

        Assert.Equal(TestRules.D("2025-10-14"), window.Latest);
    }
}
