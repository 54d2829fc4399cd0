using TeamsCert.Domain.Modes;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Modes;

// Test builder: each scheme's `$.modes` section read from the embedded JSON.
internal static class ModeSchemes
{
    public const string AsListSource = "004 §5.2.2.3(4)a, (5)a";

    public static string Json(string scheme) => ShippedRuleData.File(scheme);

    public static ModesRules Rules(string scheme) => SchemeSectionJson.Section<ModesRules>(Json(scheme), "modes");

    public static TheoryData<string, bool> AsListedCombinations()
    {
        var data = new TheoryData<string, bool>();
        var lists = Rules("AS").InitialCombinations!;
        foreach (var combination in lists.WithDesignResponsibility)
        {
            data.Add(combination, true);
        }

        foreach (var combination in lists.WithoutDesignResponsibility)
        {
            data.Add(combination, false);
        }

        return data;
    }
}
