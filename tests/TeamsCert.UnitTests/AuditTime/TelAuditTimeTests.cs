using TeamsCert.Domain;
using TeamsCert.Domain.AuditTime;

namespace TeamsCert.UnitTests.AuditTime;

// TEL audit time: 002 §12 附录A with Note 1 b)–e), mystery shopping TEL-D04, policy defaults A-16..A-18.
public class TelAuditTimeTests
{
    private static AuditTimeResult Calculate(int personnel, AuditKind kind, int sites = 1) =>
        new AuditTimeCalculator(AuditTimeSections.Tel()).Calculate(new AuditTimeRequest(kind, personnel, sites));

    [Theory]
    [InlineData(10, AuditKind.Initial, 3.5)]
    [InlineData(10, AuditKind.Surveillance, 1.5)]
    [InlineData(10, AuditKind.Recertification, 2.5)]
    [InlineData(16, AuditKind.Initial, 4.5)]
    [InlineData(16, AuditKind.Surveillance, 1.5)]
    [InlineData(16, AuditKind.Recertification, 3.0)]
    [InlineData(1175, AuditKind.Initial, 15)]
    [InlineData(1175, AuditKind.Surveillance, 5.0)]
    [InlineData(1175, AuditKind.Recertification, 10.0)]
    public void Calculate_TelReferenceVectors_MatchAppendixAWithA18Ceiling(int personnel, AuditKind kind, double expected)
    {
        var result = Calculate(personnel, kind);

        Assert.Equal((decimal)expected, result.PersonDays);
        Assert.Equal(kind, result.Kind);
    }

    [Theory]
    [InlineData(1, 3.5)]
    [InlineData(15, 3.5)]
    [InlineData(16, 4.5)]
    [InlineData(65, 6)]
    [InlineData(66, 7)]
    [InlineData(875, 13)]
    [InlineData(876, 15)]
    public void Calculate_TelBandBoundaries_PickTheBandContainingTheHeadcount(int personnel, double expected)
    {
        Assert.Equal((decimal)expected, Calculate(personnel, AuditKind.Initial).PersonDays);
    }

    [Fact]
    public void Calculate_Tel1176Personnel_RefusesWithA15()
    {
        var error = Assert.Throws<RuleViolationException>(() => Calculate(1176, AuditKind.Initial));

        Assert.Equal("A-15", error.RuleId);
        Assert.Equal("personnel", error.Field);
        Assert.Contains("1176", error.Message, StringComparison.Ordinal);
        Assert.Contains("002 §12 附录A", error.Message, StringComparison.Ordinal);
        Assert.Contains("须由方案管理人员记录人工确定的人日数及其理由", error.Message, StringComparison.Ordinal);
        Assert.Contains("record a manually determined figure with its justification", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Tel1176Surveillance_AlsoRefusesWithA15()
    {
        var error = Assert.Throws<RuleViolationException>(() => Calculate(5000, AuditKind.Surveillance));

        Assert.Equal("A-15", error.RuleId);
    }

    [Fact]
    public void Calculate_TelThreeSites_AddsMysteryShoppingOnTopTelD04A17()
    {
        var result = Calculate(10, AuditKind.Initial, sites: 3);

        Assert.Equal(1.5m, result.MysteryShoppingPersonDays);
        Assert.Equal(3.5m, result.PersonDays);
        Assert.Equal(5.0m, result.TotalPersonDays);
        Assert.Null(result.ServiceCharacteristicPersonDays);
        var step = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.MysteryShopping);
        Assert.Equal("TEL-D04 · 002 §3.10", step.Source);
        Assert.Contains("× 3 个经营场所 = 1.5 人日", step.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TelInitial_ReportsOnSiteMinimumCeiledA16()
    {
        var result = Calculate(10, AuditKind.Initial);

        // 0.8 × 3.5 = 2.8, rounded up to the half day.
        Assert.Equal(3.0m, result.MinimumOnSitePersonDays);
        var step = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.OnSiteMinimum);
        Assert.Equal("A-16", step.Source);
        Assert.Contains("80%", step.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("2.8", step.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TelSurveillance_JustificationListsBandFractionFloorRoundingInOrder()
    {
        var result = Calculate(10, AuditKind.Surveillance);

        Assert.Equal(
            [
                JustificationStepCodes.Input,
                JustificationStepCodes.TableRow,
                JustificationStepCodes.Fraction,
                JustificationStepCodes.Floor,
                JustificationStepCodes.Rounding,
                JustificationStepCodes.OnSiteMinimum,
                JustificationStepCodes.MysteryShopping,
                JustificationStepCodes.Total,
            ],
            result.Justification.Select(s => s.Step));
        var row = result.Justification[1];
        Assert.Equal("002 §12 附录A", row.Source);
        Assert.Contains("1–15 人档", row.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("3.5 人日", row.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("the 1–15 band", row.Description.En, StringComparison.Ordinal);
        Assert.Contains("1/3", result.Justification[2].Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal("002 §12 附录A 注1 b) d)", result.Justification[2].Source);
        Assert.Contains("max(1.17, 1)", result.Justification[3].Description.ZhCn, StringComparison.Ordinal);
        var rounding = result.Justification[4];
        Assert.Equal("A-18", rounding.Source);
        Assert.Contains("1.17 → 1.5", rounding.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("向上取整", rounding.Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal(1.5m, rounding.Value);
    }

    [Fact]
    public void Calculate_TelRecertification_FloorStepComparesWithTwoDaysNote1E()
    {
        // The TEL table never yields less than 2 days here (3.5 × 2/3 = 2.33), but the comparison stays on record.
        var result = Calculate(1, AuditKind.Recertification);

        var floor = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.Floor);
        Assert.Contains("max(2.33, 2)", floor.Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal(2.5m, result.PersonDays);
    }

    [Fact]
    public void Calculate_TelInputStep_RecordsHeadcountSitesAndKind()
    {
        var input = Calculate(42, AuditKind.Initial, sites: 2).Justification[0];

        Assert.Equal(JustificationStepCodes.Input, input.Step);
        Assert.Equal("审核类型：初次认证审核；有效人数：42；场所数：2", input.Description.ZhCn);
        Assert.Equal(42m, input.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Calculate_PersonnelBelowOne_ThrowsInvalidInputNamingPersonnel(int personnel)
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(personnel, AuditKind.Initial));

        Assert.Equal("personnel", error.Field);
    }

    [Fact]
    public void Calculate_ZeroSites_ThrowsInvalidInputNamingSites()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(10, AuditKind.Initial, sites: 0));

        Assert.Equal("sites", error.Field);
    }
}
