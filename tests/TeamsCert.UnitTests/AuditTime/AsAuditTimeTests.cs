using TeamsCert.Domain;
using TeamsCert.Domain.AuditTime;

namespace TeamsCert.UnitTests.AuditTime;

// AS audit time: CNAS-CC105 / IAF MD 5 QMS table (004 §5.1.4.2(8)a) and service-characteristic time.
public class AsAuditTimeTests
{
    private static AuditTimeResult Calculate(int personnel, AuditKind kind, int sites = 1, AuditTimePolicies? policies = null) =>
        new AuditTimeCalculator(AuditTimeSections.As(), policies).Calculate(new AuditTimeRequest(kind, personnel, sites));

    [Theory]
    [InlineData(1, 1.5)]
    [InlineData(5, 1.5)]
    [InlineData(6, 2)]
    [InlineData(10, 2)]
    [InlineData(11, 2.5)]
    [InlineData(1175, 13)]
    [InlineData(1176, 14)]
    [InlineData(8500, 21)]
    [InlineData(8501, 22)]
    [InlineData(10700, 22)]
    public void Calculate_AsQmsTableBoundaries_ReturnInitialDays(int personnel, double expected)
    {
        Assert.Equal((decimal)expected, Calculate(personnel, AuditKind.Initial).PersonDays);
    }

    [Fact]
    public void Calculate_As10701Personnel_RefusesWithA15()
    {
        var error = Assert.Throws<RuleViolationException>(() => Calculate(10701, AuditKind.Initial));

        Assert.Equal("A-15", error.RuleId);
        Assert.Equal("personnel", error.Field);
        Assert.Contains("CNAS-CC105:2020", error.Message, StringComparison.Ordinal);
        Assert.Contains("1–10700", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.75)]
    [InlineData(3, 1.0)]
    [InlineData(10, 2.75)]
    public void Calculate_AsServiceSites_DefaultA19AddsQuarterDayPerAdditionalSite(int sites, double expected)
    {
        var result = Calculate(5, AuditKind.Initial, sites);

        Assert.Equal((decimal)expected, result.ServiceCharacteristicPersonDays);
        Assert.Null(result.MysteryShoppingPersonDays);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.5)]
    [InlineData(3, 0.75)]
    [InlineData(10, 2.5)]
    public void Calculate_AsServiceSites_LiteralA19ReadingTakesQuarterDayPerSite(int sites, double expected)
    {
        var policies = new AuditTimePolicies { ServiceSites = ServiceSiteTimeReading.LiteralPerSite };

        var result = Calculate(5, AuditKind.Initial, sites, policies);

        Assert.Equal((decimal)expected, result.ServiceCharacteristicPersonDays);
        var step = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.ServiceCharacteristic);
        Assert.Contains("逐字解读", step.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_AsThreeSites_TotalAddsServiceCharacteristicToManagementAudit()
    {
        var result = Calculate(6, AuditKind.Initial, sites: 3);

        Assert.Equal(2m, result.PersonDays);
        Assert.Equal(1.0m, result.ServiceCharacteristicPersonDays);
        Assert.Equal(3.0m, result.TotalPersonDays);
        var total = result.Justification[^1];
        Assert.Equal(JustificationStepCodes.Total, total.Step);
        Assert.Equal("004 §5.1.4.2(8)b", total.Source);
        Assert.Equal("合计：管理要求审核 2 + 服务特性测评 1 = 3 人日（评价时间包括管理要求审核时间和服务特性测评时间）", total.Description.ZhCn);
    }

    [Theory]
    [InlineData(3, AuditKind.Surveillance, 0.5)]
    [InlineData(3, AuditKind.Recertification, 1.0)]
    [InlineData(10, AuditKind.Surveillance, 1.0)]
    [InlineData(10700, AuditKind.Surveillance, 7.5)]
    [InlineData(10700, AuditKind.Recertification, 15.0)]
    public void Calculate_AsFollowUpAudits_UseFractionWithoutFloor(int personnel, AuditKind kind, double expected)
    {
        Assert.Equal((decimal)expected, Calculate(personnel, kind).PersonDays);
    }

    [Fact]
    public void Calculate_AsSurveillance_JustificationStatesThatNoFloorApplies()
    {
        var result = Calculate(3, AuditKind.Surveillance);

        var floor = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.Floor);
        Assert.Contains("不设下限", floor.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("no floor", floor.Description.En, StringComparison.Ordinal);
        Assert.Contains("未规定最低天数", floor.Source, StringComparison.Ordinal);
        Assert.Equal(0.5m, result.PersonDays);
    }
}
