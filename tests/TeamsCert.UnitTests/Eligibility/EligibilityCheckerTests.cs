using TeamsCert.Domain.Eligibility;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Eligibility;

public class EligibilityCheckerTests
{
    private static EligibilityResult Check(string scheme, IEnumerable<string>? skipMaterials = null, Dictionary<string, DateOnly>? dates = null)
    {
        var ruleSet = TestRules.Scheme(scheme);
        var facts = new ApplicationFacts(
            TestRules.D("2025-06-10"),
            ruleSet.Eligibility.Conditions.Select(c => c.Code).ToHashSet(),
            ruleSet.Eligibility.Materials.Select(m => m.Code).Except(skipMaterials ?? []).ToHashSet(),
            dates ?? []);
        return new EligibilityChecker(TestRules.Deadlines(scheme)).Check(ruleSet.Eligibility, ruleSet.Deadlines, facts);
    }

    [Fact]
    public void Check_LsCompleteApplication_IsEligible()
    {
        Assert.True(Check("LS").Eligible);
    }

    [Fact]
    public void Check_LsD01_MissingMaterials_AllListedForOneTimeNotice()
    {
        var result = Check("LS", ["qmsDocuments", "recentRecords"]);

        Assert.False(result.Eligible);
        Assert.Equal(["qmsDocuments", "recentRecords"], result.MissingMaterials.Select(m => m.Code));
    }

    [Fact]
    public void Check_LsE01_RecentMajorAccident_Fails()
    {
        var result = Check("LS", dates: new() { ["lastMajorAccident"] = TestRules.D("2025-01-01") });

        Assert.Equal("LS-E01", Assert.Single(result.FailedTimeRules).RuleId);
    }

    [Fact]
    public void Check_AsD07_SystemStartMissingOrTooRecent_FailsAndOldEnoughPasses()
    {
        var missing = Check("AS");
        var tooRecent = Check("AS", dates: new() { ["managementSystemStarted"] = TestRules.D("2025-04-01") });
        var oldEnough = Check("AS", dates: new() { ["managementSystemStarted"] = TestRules.D("2025-03-10") });

        Assert.Equal("AS-D07", Assert.Single(missing.FailedTimeRules).RuleId);
        Assert.Equal("AS-D07", Assert.Single(tooRecent.FailedTimeRules).RuleId);
        Assert.True(oldEnough.Eligible);
    }
}
