using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.UnitTests.Support;

/// <summary>The product's built-in rule data (schemes + official calendar), loaded once for all tests.</summary>
internal static class TestRules
{
    private static readonly Lazy<RulesRuntime> _runtime = new(() => RulesLoader.Load(new RulesOptions()));

    public static RulesRuntime Runtime => _runtime.Value;

    public static SchemeRuleSet Scheme(string code) => Runtime.Schemes.Latest(code);

    public static DeadlineCalculator Deadlines(string code) => Runtime.Deadlines(Scheme(code));

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
