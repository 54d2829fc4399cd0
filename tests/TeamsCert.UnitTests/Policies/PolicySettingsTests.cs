using TeamsCert.Domain.Policies;
using TeamsCert.Domain.Rules;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Policies;

public class PolicySettingsTests
{
    [Fact]
    public void Catalog_CoversEveryFlagA01ToA41()
    {
        var expected = Enumerable.Range(1, 41).Select(i => $"A-{i:00}");

        Assert.Equal(expected, PolicyCatalog.All.Select(p => p.Id));
    }

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void BuiltInScheme_SetsEveryFlagToItsDefault(string scheme)
    {
        var settings = TestRules.Scheme(scheme).Settings;

        Assert.All(PolicyCatalog.All, p => Assert.Equal(p.Default, settings[p.Id]));
    }

    [Fact]
    public void Validate_MissingUnknownAndBadValues_ReportedWithPaths()
    {
        var values = PolicyCatalog.Defaults().ToDictionary();
        values.Remove("A-18");
        values["A-17"] = "sometimes";
        values["A-05"] = "99";
        values["A-99"] = "x";
        var validation = new RuleDataValidation();

        new PolicySettings(values).Validate(validation, "$.policies");

        Assert.Contains(validation.Errors, e => e.JsonPath == "$.policies.A-18" && e.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(validation.Errors, e => e.JsonPath == "$.policies.A-17" && e.Message.Contains("onTop", StringComparison.Ordinal));
        Assert.Contains(validation.Errors, e => e.JsonPath == "$.policies.A-05" && e.Message.Contains("1 to 30", StringComparison.Ordinal));
        Assert.Contains(validation.Errors, e => e.JsonPath == "$.policies.A-99");
    }

    [Fact]
    public void A05_NonDefaultValue_ChangesAsApplicationReviewDeadline()
    {
        var ruleSet = TestRules.Scheme("AS");
        var values = ruleSet.Policies.ToDictionary();
        values["A-05"] = "3";
        var calculator = new TeamsCert.Domain.Deadlines.DeadlineCalculator(TestRules.Runtime.Calendar, new PolicySettings(values));

        var window = calculator.Window(ruleSet.Deadline("AS-D01"), TestRules.D("2025-04-28"));

        Assert.Equal(TestRules.D("2025-05-06"), window.Latest);
    }

    [Fact]
    public void A01_AnchorDayCounts_MovesDueOneWorkingDayEarlier()
    {
        var ruleSet = TestRules.Scheme("LS");
        var values = ruleSet.Policies.ToDictionary();
        values["A-01"] = "anchorDayCounts";
        var calculator = new TeamsCert.Domain.Deadlines.DeadlineCalculator(TestRules.Runtime.Calendar, new PolicySettings(values));

        var window = calculator.Window(ruleSet.Deadline("LS-D01"), TestRules.D("2025-09-30"));

        Assert.Equal(TestRules.D("2025-10-13"), window.Latest);
    }
}
