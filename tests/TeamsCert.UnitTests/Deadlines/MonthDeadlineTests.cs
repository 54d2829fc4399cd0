using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Deadlines;

public class MonthDeadlineTests
{
    [Fact]
    public void AsD03_FirstSurveillance_WithinTwelveMonthsOfDecisionA02() =>
        // A-02 vector: decision 2025-03-10 → first surveillance due ≤ 2026-03-10.
        DeadlineAssert.PassesAndFails("AS", "AS-D03", "2025-03-10", "2026-03-10", "2026-03-11");

    [Fact]
    public void LsD03_Surveillance_OncePerYearMeansTwelveMonthsA07() =>
        DeadlineAssert.PassesAndFails("LS", "LS-D03", "2025-03-10", "2026-03-10", "2026-03-11");

    [Fact]
    public void Cc9D03_Surveillance_OncePerYearMeansTwelveMonthsA07() =>
        DeadlineAssert.PassesAndFails("CC9", "CC9-D03", "2025-01-31", "2026-01-31", "2026-02-01");

    [Fact]
    public void TelD05_Surveillance_AtMostTwelveMonthsAfterPreviousAudit() =>
        DeadlineAssert.PassesAndFails("TEL", "TEL-D05", "2024-02-29", "2025-02-28", "2025-03-01");

    [Fact]
    public void AsD02_Stage2_AtLeastHalfDayAndAtMostSixMonthsAfterStage1() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D02", "2025-03-10", "2025-09-10", "2025-09-11");

    [Fact]
    public void AsD02_Stage2SameDayAsStage1End_FailsMinimumGap() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D02", "2025-03-10", "2025-03-11", "2025-03-10");

    [Fact]
    public void TelD07_Suspension_AtMostSixMonths() =>
        DeadlineAssert.PassesAndFails("TEL", "TEL-D07", "2025-08-31", "2026-02-28", "2026-03-01");

    [Fact]
    public void AsD09_Suspension_AtMostSixMonths() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D09", "2025-01-15", "2025-07-15", "2025-07-16");

    [Fact]
    public void AsD09_ExpiredLicenceTrigger_IsExemptFromSixMonths()
    {
        var rule = TestRules.Scheme("AS").Deadline("AS-D09");

        var check = TestRules.Deadlines("AS").Check(rule, TestRules.D("2025-01-15"), TestRules.D("2026-01-15"), trigger: "licence-expired-reapplied");

        Assert.True(check.Met);
        Assert.Null(check.Window.Latest);
    }

    [Fact]
    public void LsA11_Suspension_SixMonthsFromPolicy() =>
        DeadlineAssert.PassesAndFails("LS", "A-11", "2025-01-15", "2025-07-15", "2025-07-16");

    [Fact]
    public void AsD11_MisuseUncorrected_TwoMonths() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D11", "2025-12-31", "2026-02-28", "2026-03-01");

    [Fact]
    public void A08_SecondSurveillance_BeyondTwelveMonthsNeedsJustificationAndFailsAfterFifteen()
    {
        var rule = TestRules.Scheme("AS").Deadline("A-08");
        var calculator = TestRules.Deadlines("AS");
        var anchor = TestRules.D("2025-03-10");

        var inTime = calculator.Check(rule, anchor, TestRules.D("2026-03-10"));
        var late = calculator.Check(rule, anchor, TestRules.D("2026-05-10"));
        var tooLate = calculator.Check(rule, anchor, TestRules.D("2026-06-11"));

        Assert.True(inTime.Met && !inTime.RequiresJustification);
        Assert.True(late.Met && late.RequiresJustification);
        Assert.False(tooLate.Met);
    }

    [Fact]
    public void LsD04_Recertification_OpensThreeMonthsBeforeExpiry() =>
        DeadlineAssert.PassesAndFails("LS", "LS-D04", "2028-05-01", "2028-03-01", "2028-01-15");

    [Fact]
    public void Cc9D04_Recertification_OpensThreeMonthsBeforeExpiry() =>
        DeadlineAssert.PassesAndFails("CC9", "CC9-D04", "2028-05-01", "2028-02-01", "2028-01-31");
}
