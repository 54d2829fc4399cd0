using TeamsCert.Domain;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Schemes;

public class EffectiveWindowTests
{
    [Fact]
    public void ForNewApplication_LsInsideWindow_ReturnsRuleSetA03()
    {
        var ruleSet = TestRules.Runtime.Schemes.ForNewApplication("LS", TestRules.D("2025-05-20"));

        Assert.Equal("LS", ruleSet.Scheme);
    }

    [Fact]
    public void ForNewApplication_LsAfterRuleExpired_RefusedWithA03()
    {
        var refused = Assert.Throws<RuleViolationException>(
            () => TestRules.Runtime.Schemes.ForNewApplication("LS", TestRules.D("2025-05-21")));

        Assert.Equal("A-03", refused.RuleId);
        Assert.Contains("2025-05-20", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForNewApplication_AsBeforeSecondRevision_RefusedWithA03()
    {
        Assert.Throws<RuleViolationException>(() => TestRules.Runtime.Schemes.ForNewApplication("AS", TestRules.D("2025-06-24")));
        Assert.Equal("AS", TestRules.Runtime.Schemes.ForNewApplication("as", TestRules.D("2026-11-23")).Scheme);
    }

    [Fact]
    public void Latest_UnknownScheme_NamesSchemeField()
    {
        var error = Assert.Throws<InvalidInputException>(() => TestRules.Runtime.Schemes.Latest("XYZ"));

        Assert.Equal("scheme", error.Field);
    }
}
