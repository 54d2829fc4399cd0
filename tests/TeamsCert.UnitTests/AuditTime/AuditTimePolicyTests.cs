using TeamsCert.Domain.AuditTime;

namespace TeamsCert.UnitTests.AuditTime;

// Each A-16..A-18 option against the TEL section (A-19 options are in AsAuditTimeTests).
public class AuditTimePolicyTests
{
    private static AuditTimeResult Tel(int personnel, AuditKind kind, AuditTimePolicies policies, int sites = 1) =>
        new AuditTimeCalculator(AuditTimeSections.Tel(), policies).Calculate(new AuditTimeRequest(kind, personnel, sites));

    [Fact]
    public void Defaults_MatchRulesReferenceProposals_A16ToA19()
    {
        var policies = AuditTimePolicies.Default;

        Assert.Equal(OnSiteSharePolicy.MinimumShareOfTotal, policies.OnSiteShare);
        Assert.Equal(MysteryShoppingPlacement.OnTopOfTableTime, policies.MysteryShopping);
        Assert.Equal(AuditTimeRounding.CeilHalfDay, policies.Rounding);
        Assert.Equal(ServiceSiteTimeReading.FirstSiteThenPerAdditionalSite, policies.ServiceSites);
        Assert.Equal(default, policies.Rounding);
    }

    [Fact]
    public void Calculate_OnSiteShareNotApplied_ReportsNoMinimumA16()
    {
        var result = Tel(10, AuditKind.Initial, new AuditTimePolicies { OnSiteShare = OnSiteSharePolicy.NotApplied });

        Assert.Null(result.MinimumOnSitePersonDays);
        var step = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.OnSiteMinimum);
        Assert.Null(step.Value);
        Assert.Contains("不计算", step.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_OnSiteShareWithoutRounding_KeepsExactShareA16A18()
    {
        var result = Tel(10, AuditKind.Initial, new AuditTimePolicies { Rounding = AuditTimeRounding.None });

        Assert.Equal(2.8m, result.MinimumOnSitePersonDays);
    }

    [Fact]
    public void Calculate_MysteryShoppingInsideTableTime_DoesNotAddToTotalA17()
    {
        var result = Tel(10, AuditKind.Initial, new AuditTimePolicies { MysteryShopping = MysteryShoppingPlacement.InsideTableTime }, sites: 3);

        Assert.Equal(1.5m, result.MysteryShoppingPersonDays);
        Assert.Equal(3.5m, result.TotalPersonDays);
        Assert.Contains("计入审核时间之内", result.Justification[^1].Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal("A-17", result.Justification[^1].Source);
    }

    [Fact]
    public void Calculate_MysteryShoppingInsideButLarger_RaisesTotalToMysteryTimeA17()
    {
        var result = Tel(10, AuditKind.Surveillance, new AuditTimePolicies { MysteryShopping = MysteryShoppingPlacement.InsideTableTime }, sites: 8);

        Assert.Equal(1.5m, result.PersonDays);
        Assert.Equal(4.0m, result.TotalPersonDays);
    }

    [Fact]
    public void Calculate_MysteryShoppingOnTop_TotalStatesItIsAddedA17()
    {
        var result = Tel(16, AuditKind.Recertification, AuditTimePolicies.Default, sites: 2);

        Assert.Equal(4.0m, result.TotalPersonDays);
        Assert.Equal("合计：审核时间 3 + 暗访 1 = 4 人日（A-17：暗访人日在审核时间之外另计）", result.Justification[^1].Description.ZhCn);
    }

    [Fact]
    public void Calculate_NearestHalfDay_RoundsDownAndWarnsBelowOneThirdA18()
    {
        var result = Tel(10, AuditKind.Surveillance, new AuditTimePolicies { Rounding = AuditTimeRounding.NearestHalfDay });

        Assert.Equal(1.0m, result.PersonDays);
        var warning = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.RoundedBelowFraction);
        Assert.Equal("A-18", warning.Source);
        Assert.Contains("低于初次审核时间的 1/3", warning.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NearestHalfDayRecertification_RoundsUpWithoutWarningA18()
    {
        var result = Tel(10, AuditKind.Recertification, new AuditTimePolicies { Rounding = AuditTimeRounding.NearestHalfDay });

        Assert.Equal(2.5m, result.PersonDays);
        Assert.DoesNotContain(result.Justification, s => s.Step == JustificationStepCodes.RoundedBelowFraction);
    }

    [Fact]
    public void Calculate_CeilHalfDay_NeverWarnsBelowFractionA18()
    {
        var result = Tel(10, AuditKind.Surveillance, AuditTimePolicies.Default);

        Assert.DoesNotContain(result.Justification, s => s.Step == JustificationStepCodes.RoundedBelowFraction);
    }

    [Fact]
    public void Calculate_NoRounding_KeepsExactFractionA18()
    {
        var result = Tel(10, AuditKind.Recertification, new AuditTimePolicies { Rounding = AuditTimeRounding.None });

        Assert.Equal(3.5m * 2 / 3, result.PersonDays);
        Assert.Contains("不取整", result.Justification.Single(s => s.Step == JustificationStepCodes.Rounding).Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FloorAboveFraction_AppliesFloorBeforeRoundingNote1D()
    {
        // A one-band table of 1.5 days: 1.5 / 3 = 0.5 is lifted to the 1-day surveillance floor.
        var rules = AuditTimeSections.Tel() with
        {
            Bands = [new PersonnelBand { MinPersonnel = 1, MaxPersonnel = 9, InitialDays = 1.5m }],
        };

        var result = new AuditTimeCalculator(rules).Calculate(new AuditTimeRequest(AuditKind.Surveillance, 4));

        Assert.Equal(1.0m, result.PersonDays);
        var floor = Assert.Single(result.Justification, s => s.Step == JustificationStepCodes.Floor);
        Assert.Contains("max(0.5, 1) = 1", floor.Description.ZhCn, StringComparison.Ordinal);
    }
}
