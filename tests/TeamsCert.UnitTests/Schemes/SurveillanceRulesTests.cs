using TeamsCert.Domain;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Schemes;

public class SurveillanceRulesTests
{
    [Fact]
    public void AsD04_TwoSurveillancesPerValidity_AcceptedAndOtherCountsRefused()
    {
        var rules = TestRules.Scheme("AS").Surveillance;

        rules.EnsurePlannedCount(2);
        var refused = Assert.Throws<RuleViolationException>(() => rules.EnsurePlannedCount(1));

        Assert.Equal("AS-D04", refused.RuleId);
        Assert.Equal("surveillances", refused.Field);
    }

    [Fact]
    public void AsD05_CycleStartsAtDecision_NotAtIssue()
    {
        var decided = TestRules.D("2025-03-10");
        var issued = TestRules.D("2025-03-20");

        Assert.Equal(decided, TestRules.Scheme("AS").Surveillance.CycleStart(decided, issued));
        Assert.Equal(issued, TestRules.Scheme("TEL").Surveillance.CycleStart(decided, issued));
    }
}
