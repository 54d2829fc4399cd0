using System.Text.Json.Nodes;
using TeamsCert.Domain.Modes;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Modes;

public class ModesRulesValidationTests
{
    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void Validate_SchemeData_HasNoErrors(string scheme) =>
        Assert.Empty(SchemeSectionJson.Errors(ModeSchemes.Rules(scheme), "$.modes"));

    [Fact]
    public void Validate_AsCodes_AreTheNineModesOf004() =>
        Assert.Equal("ABCDEFGHI", string.Concat(ModeSchemes.Rules("AS").Codes.Select(c => c.Code)));

    [Theory]
    [InlineData("withDesignResponsibility", 0, "A+F+Z", "unknown")]
    [InlineData("withoutDesignResponsibility", 3, "D+G+D", "repeats")]
    [InlineData("withoutDesignResponsibility", 1, "G+A", "duplicates")]
    public void Validate_BadListedCombination_ReportsItsPath(string list, int index, string value, string message) =>
        AssertError("AS", $"$.modes.initialCombinations.{list}[{index}]", m => m["initialCombinations"]![list]![index] = value, message);

    [Fact]
    public void Validate_DuplicateCode_ReportsSecond() =>
        AssertError("AS", "$.modes.codes[1].code", m => m["codes"]![1]!["code"] = "A", "duplicates");

    [Fact]
    public void Validate_LowerCaseCode_ReportsIt() =>
        AssertError("AS", "$.modes.codes[2].code", m => m["codes"]![2]!["code"] = "c");

    [Fact]
    public void Validate_MissingName_ReportsIt() =>
        AssertError("AS", "$.modes.codes[0].name.zhCn", m => m["codes"]![0]!.AsObject().Remove("name"));

    [Fact]
    public void Validate_MissingKind_ReportsIt() =>
        AssertError("AS", "$.modes.codes[4].kind", m => m["codes"]![4]!.AsObject().Remove("kind"));

    [Fact]
    public void Validate_VisibilityOnManagementAudit_ReportsIt() =>
        AssertError("AS", "$.modes.codes[8].visibility", m => m["codes"]![8]!["visibility"] = "open");

    [Theory]
    [InlineData("designAuditCode", "Z")]
    [InlineData("managementAuditCode", "A")]
    public void Validate_BadA20Code_ReportsIt(string property, string value) =>
        AssertError("AS", $"$.modes.{property}", m => m[property] = value);

    [Fact]
    public void Validate_ContactGroupWithUnknownCode_ReportsItsPath() =>
        AssertError("AS", "$.modes.contactTypeRules[1].requiredGroups[0][1]", m => m["contactTypeRules"]![1]!["requiredGroups"]![0]![1] = "X");

    [Fact]
    public void Validate_DuplicateContactType_ReportsIt() =>
        AssertError("AS", "$.modes.contactTypeRules[3].contactType", m => m["contactTypeRules"]![3]!["contactType"] = "personToPerson");

    [Fact]
    public void Validate_EmptyRequiredGroups_ReportsIt() =>
        AssertError("AS", "$.modes.contactTypeRules[0].requiredGroups", m => m["contactTypeRules"]![0]!["requiredGroups"] = new JsonArray());

    [Fact]
    public void Validate_ExhaustiveSchemeWithoutCombination_ReportsIt() =>
        AssertError("LS", "$.modes.initialCombinations.withoutDesignResponsibility",
            m => m["initialCombinations"]!["withoutDesignResponsibility"] = new JsonArray());

    [Fact]
    public void Validate_MissingInitialCombinations_ReportsIt() =>
        AssertError("TEL", "$.modes.initialCombinations", m => m.AsObject().Remove("initialCombinations"));

    private static void AssertError(string scheme, string path, Action<JsonNode> change, string? message = null)
    {
        var errors = SchemeSectionJson.Errors(SchemeSectionJson.Mutated<ModesRules>(ModeSchemes.Json(scheme), "modes", change), "$.modes");
        Assert.Contains(errors, e => e.JsonPath == path && (message is null || e.Message.Contains(message, StringComparison.Ordinal)));
    }
}
