using TeamsCert.Domain.AuditTime;

namespace TeamsCert.UnitTests.AuditTime;

// LS/CC9: fixed on-site days per audit kind (000 §5.3, 003 §5.3), read as calendar days.
public class FixedDaysAuditTimeTests
{
    public static TheoryData<string, AuditKind, decimal, decimal> Ranges => new()
    {
        { AuditTimeSections.LsJson, AuditKind.Initial, 5, 7 },
        { AuditTimeSections.LsJson, AuditKind.Surveillance, 2, 3 },
        { AuditTimeSections.LsJson, AuditKind.Recertification, 5, 7 },
        { AuditTimeSections.Cc9Json, AuditKind.Initial, 5, 7 },
        { AuditTimeSections.Cc9Json, AuditKind.Surveillance, 2, 3 },
        { AuditTimeSections.Cc9Json, AuditKind.Recertification, 5, 7 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Calculate_LsCc9Kinds_ReturnSeedDayRangeA12(string json, AuditKind kind, decimal min, decimal max)
    {
        var result = new AuditTimeCalculator(AuditTimeSections.Fixed(json)).Calculate(new AuditTimeRequest(kind, 50));

        Assert.Equal(min, result.OnSiteDaysMin);
        Assert.Equal(max, result.OnSiteDaysMax);
        Assert.Null(result.PersonDays);
        Assert.Null(result.TotalPersonDays);
        Assert.Null(result.MinimumOnSitePersonDays);
    }

    [Fact]
    public void Calculate_LsHeadcount_DoesNotChangeTheRangeA12()
    {
        var calculator = new AuditTimeCalculator(AuditTimeSections.Fixed(AuditTimeSections.LsJson));

        var small = calculator.Calculate(new AuditTimeRequest(AuditKind.Initial, 3));
        var large = calculator.Calculate(new AuditTimeRequest(AuditKind.Initial, 30000));

        Assert.Equal(small.OnSiteDaysMin, large.OnSiteDaysMin);
        Assert.Equal(small.OnSiteDaysMax, large.OnSiteDaysMax);
    }

    [Fact]
    public void Calculate_Cc9Surveillance_JustificationCitesSeedAndA12DayBasis()
    {
        var result = new AuditTimeCalculator(AuditTimeSections.Fixed(AuditTimeSections.Cc9Json))
            .Calculate(new AuditTimeRequest(AuditKind.Surveillance, 20));

        Assert.Equal(
            [JustificationStepCodes.Input, JustificationStepCodes.FixedDays, JustificationStepCodes.DayBasis],
            result.Justification.Select(s => s.Step));
        Assert.Equal("003 §5.3", result.Justification[1].Source);
        Assert.Equal("监督审核现场审核时间 2–3 天", result.Justification[1].Description.ZhCn);
        Assert.Equal("A-12", result.Justification[2].Source);
        Assert.Contains("非人日", result.Justification[2].Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("record the team size", result.Justification[2].Description.En, StringComparison.Ordinal);
    }
}
