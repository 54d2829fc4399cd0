using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Rules;

namespace TeamsCert.UnitTests.AuditTime;

// Rule-data consistency checks of $.auditTime, each located by its JSON path.
public class AuditTimeValidationTests
{
    private const string Root = "$.auditTime";

    private static PersonnelTableAuditTime WithBand(int index, Func<PersonnelBand, PersonnelBand> change)
    {
        var rules = AuditTimeSections.Tel();
        var bands = rules.Bands.ToList();
        bands[index] = change(bands[index]);
        return rules with { Bands = bands };
    }

    private static IReadOnlyList<RuleDataError> Errors(AuditTimeRules rules) => RuleJson.Errors(rules, Root);

    [Fact]
    public void Validate_BandGap_ReportsUncoveredHeadcountsAtMinPersonnel()
    {
        var error = Assert.Single(Errors(WithBand(1, b => b with { MinPersonnel = 17 })));

        Assert.Equal("$.auditTime.bands[1].minPersonnel", error.JsonPath);
        Assert.Contains("16–16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BandOverlap_ReportsOverlapAtMinPersonnel()
    {
        var error = Assert.Single(Errors(WithBand(3, b => b with { MinPersonnel = 40 })));

        Assert.Equal("$.auditTime.bands[3].minPersonnel", error.JsonPath);
        Assert.Contains("overlaps band [2]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FirstBandNotFromOne_IsReported()
    {
        var error = Assert.Single(Errors(WithBand(0, b => b with { MinPersonnel = 2 })));

        Assert.Equal("$.auditTime.bands[0].minPersonnel", error.JsonPath);
    }

    [Fact]
    public void Validate_NonPositiveInitialDays_IsReported()
    {
        var errors = Errors(WithBand(0, b => b with { InitialDays = 0 }));

        Assert.Contains(errors, e => e.JsonPath == "$.auditTime.bands[0].initialDays" && e.Message == "must be positive");
    }

    [Fact]
    public void Validate_DecreasingInitialDays_IsReported()
    {
        var error = Assert.Single(Errors(WithBand(3, b => b with { InitialDays = 5 })));

        Assert.Equal("$.auditTime.bands[3].initialDays", error.JsonPath);
    }

    [Fact]
    public void Validate_MaxBelowMin_IsReportedAtMaxPersonnel()
    {
        var errors = Errors(WithBand(11, b => b with { MaxPersonnel = 800 }));

        Assert.Contains(errors, e => e.JsonPath == "$.auditTime.bands[11].maxPersonnel");
    }

    [Fact]
    public void Validate_NoBands_IsReported()
    {
        var error = Assert.Single(Errors(AuditTimeSections.Tel() with { Bands = [] }));

        Assert.Equal("$.auditTime.bands", error.JsonPath);
    }

    [Fact]
    public void Validate_BadFractions_AreReportedPerField()
    {
        var rules = AuditTimeSections.Tel();
        rules = rules with
        {
            Surveillance = rules.Surveillance with { Denominator = 0 },
            Recertification = rules.Recertification with { Numerator = 4, MinimumDays = -1 },
        };

        var paths = Errors(rules).Select(e => e.JsonPath).ToList();

        Assert.Equal(
            ["$.auditTime.surveillance.denominator", "$.auditTime.recertification.numerator", "$.auditTime.recertification.minimumDays"],
            paths);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void Validate_OnSiteShareOutsideZeroToOne_IsReportedA16(double share)
    {
        var error = Assert.Single(Errors(AuditTimeSections.Tel() with { OnSiteMinimumShare = (decimal)share }));

        Assert.Equal("$.auditTime.onSiteMinimumShare", error.JsonPath);
    }

    [Fact]
    public void Validate_MysteryShoppingWithoutDaysOrRuleId_IsReportedTelD04()
    {
        var rules = AuditTimeSections.Tel();
        var errors = Errors(rules with { MysteryShopping = rules.MysteryShopping! with { DaysPerSite = 0, RuleId = " " } });

        Assert.Equal(
            ["$.auditTime.mysteryShopping.daysPerSite", "$.auditTime.mysteryShopping.ruleId"],
            errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void Validate_ServiceCharacteristicWithoutAdditionalDays_IsReportedA19()
    {
        var rules = AuditTimeSections.As();
        var error = Assert.Single(Errors(rules with { ServiceCharacteristic = rules.ServiceCharacteristic! with { AdditionalSiteDays = 0 } }));

        Assert.Equal("$.auditTime.serviceCharacteristic.additionalSiteDays", error.JsonPath);
    }

    [Fact]
    public void Validate_FixedDaysMaxBelowMin_IsReportedA12()
    {
        var rules = AuditTimeSections.Fixed(AuditTimeSections.LsJson);
        var changed = rules with { FixedDays = rules.FixedDays with { Surveillance = new DayRange { Min = 3, Max = 2 } } };

        var error = Assert.Single(Errors(changed));

        Assert.Equal("$.auditTime.fixedDays.surveillance.max", error.JsonPath);
    }

    [Fact]
    public void Constructor_InvalidRules_ThrowsArgumentExceptionWithPath()
    {
        var rules = WithBand(1, b => b with { MinPersonnel = 17 });

        var error = Assert.Throws<ArgumentException>(() => new AuditTimeCalculator(rules));

        Assert.Contains("$.auditTime.bands[1].minPersonnel", error.Message, StringComparison.Ordinal);
    }
}
