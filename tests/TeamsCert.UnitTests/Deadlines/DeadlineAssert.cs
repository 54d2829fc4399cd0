using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Deadlines;

/// <summary>Checks one deadline rule of a built-in scheme against a date that must pass and one that must fail.</summary>
internal static class DeadlineAssert
{
    public static void PassesAndFails(string scheme, string ruleId, string anchor, string passing, string failing, string? trigger = null)
    {
        var ruleSet = TestRules.Scheme(scheme);
        var calculator = TestRules.Deadlines(scheme);
        var rule = ruleSet.Deadline(ruleId);

        var pass = calculator.Check(rule, TestRules.D(anchor), TestRules.D(passing), trigger: trigger);
        var fail = calculator.Check(rule, TestRules.D(anchor), TestRules.D(failing), trigger: trigger);

        Assert.True(pass.Met, pass.Message.En);
        Assert.False(fail.Met, fail.Message.En);
        Assert.Equal(ruleId, fail.RuleId);
        Assert.Contains(ruleId, fail.Message.ZhCn, StringComparison.Ordinal);
    }
}
