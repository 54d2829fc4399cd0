namespace TeamsCert.UnitTests.Deadlines;

public class OrderDeadlineTests
{
    [Fact]
    public void TelD04_MysteryShopping_StrictlyBeforeOnSite() =>
        DeadlineAssert.PassesAndFails("TEL", "TEL-D04", "2025-10-20", "2025-10-19", "2025-10-20");

    [Fact]
    public void AsD13_Programme_ConfirmedOnOrBeforeContract() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D13", "2025-10-20", "2025-10-20", "2025-10-21");

    [Fact]
    public void AsD07_ManagementSystem_OperatedThreeMonthsBeforeApplication() =>
        DeadlineAssert.PassesAndFails("AS", "AS-D07", "2025-06-10", "2025-03-10", "2025-03-11");

    [Fact]
    public void LsE01_NoMajorAccident_InTwelveMonthsBeforeApplication() =>
        DeadlineAssert.PassesAndFails("LS", "LS-E01", "2025-06-10", "2024-06-10", "2024-06-11");

    [Fact]
    public void Cc9E01_NoMajorAccident_InTwelveMonthsBeforeApplication() =>
        DeadlineAssert.PassesAndFails("CC9", "CC9-E01", "2025-06-10", "2024-05-01", "2025-01-01");
}
