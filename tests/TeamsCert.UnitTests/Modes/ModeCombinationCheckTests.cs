using TeamsCert.Domain;
using TeamsCert.Domain.Modes;

namespace TeamsCert.UnitTests.Modes;

public class ModeCombinationCheckTests
{
    private static readonly ModesRules _as = ModeSchemes.Rules("AS");

    [Theory]
    [MemberData(nameof(ModeSchemes.AsListedCombinations), MemberType = typeof(ModeSchemes))]
    public void Evaluate_ListedAsCombination_HasNoListFindingAndPassesPersonToMachineWhenOpenAndMystery(string combination, bool design)
    {
        var result = ModeCombinationCheck.Evaluate(_as, combination, design, ContactType.PersonToMachine);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == ModeSchemes.AsListSource || f.Severity == ModeFindingSeverity.Error);
        var hasOpen = combination.Contains('A', StringComparison.Ordinal) || combination.Contains('C', StringComparison.Ordinal);
        var hasMystery = combination.Contains('B', StringComparison.Ordinal) || combination.Contains('D', StringComparison.Ordinal);
        Assert.Equal(hasOpen && hasMystery, result.Accepted);
    }

    [Theory]
    [InlineData("B+G", ContactType.PersonToPerson)]
    [InlineData("D+E+G", ContactType.PersonToPerson)]
    [InlineData("A+B+G", ContactType.PersonToMachine)]
    [InlineData("C+D+G", ContactType.MachineToPerson)]
    [InlineData("A+G", ContactType.MachineToMachine)]
    [InlineData("C+E+G", ContactType.MachineToMachine)]
    public void Evaluate_ListedComboMatchingContactType_IsAcceptedWithoutFindings(string combination, ContactType contact)
    {
        var result = ModeCombinationCheck.Evaluate(_as, combination, designResponsibility: false, contact);

        Assert.True(result.Accepted);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("A+G", ContactType.PersonToPerson, "004 §5.2.2.2(2)a (宜)", "B / D")]
    [InlineData("A+G", ContactType.PersonToMachine, "004 §5.2.2.2(2)b (宜)", "B / D")]
    [InlineData("B+G", ContactType.MachineToPerson, "004 §5.2.2.2(2)b (宜)", "A / C")]
    [InlineData("B+G", ContactType.MachineToMachine, "004 §5.2.2.2(2)c (宜)", "A / C")]
    [InlineData("E+G", ContactType.PersonToPerson, "004 §5.2.2.2(2)a (宜)", "B / D")]
    public void Evaluate_ContactTypeNotServed_NeedsJustification(string combination, ContactType contact, string ruleId, string missing)
    {
        var result = ModeCombinationCheck.Evaluate(_as, combination, designResponsibility: false, contact);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((ruleId, ModeFindingSeverity.RequiresJustification), (finding.RuleId, finding.Severity));
        Assert.Contains(missing, finding.Message.En, StringComparison.Ordinal);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void Evaluate_PersonToMachineWithNeitherOpenNorMystery_ReportsBothGroups() =>
        Assert.Equal(2, ModeCombinationCheck.Evaluate(_as, "E+G", false, ContactType.PersonToMachine).Findings.Count);

    [Fact]
    public void Evaluate_UnlistedCombination_NeedsJustification()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "A+E+G", designResponsibility: false, ContactType.MachineToMachine);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((ModeSchemes.AsListSource, ModeFindingSeverity.RequiresJustification), (finding.RuleId, finding.Severity));
        Assert.False(result.Accepted);
        Assert.Null(result.Justification);
    }

    [Fact]
    public void Evaluate_UnlistedCombinationWithJustification_IsAccepted()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "A+E+G", false, ContactType.MachineToMachine, "  客户调查补充公开检验  ");

        Assert.True(result.Accepted);
        Assert.Equal("客户调查补充公开检验", result.Justification);
        Assert.Single(result.Findings);
    }

    [Fact]
    public void Evaluate_WithoutListForDesignResponsibility_NeedsJustification() =>
        Assert.Contains(ModeCombinationCheck.Evaluate(_as, "A+G", designResponsibility: true, ContactType.MachineToMachine).Findings,
            f => f.RuleId == ModeSchemes.AsListSource);

    [Fact]
    public void Evaluate_NoDesignResponsibility_A20AddsManagementAudit()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "G+B+A", designResponsibility: false, ContactType.PersonToMachine);

        Assert.Equal("A+B+G+I", result.EffectiveCombination);
        Assert.Equal(["I"], result.AddedCodes);
    }

    [Fact]
    public void Evaluate_DesignResponsibility_A20AddsDesignAndManagementAudit()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "a+f+g", designResponsibility: true, ContactType.MachineToMachine);

        Assert.Equal(["A", "F", "G", "H", "I"], result.EffectiveCodes);
        Assert.Equal(["H", "I"], result.AddedCodes);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Evaluate_MandatoryCodesGiven_MatchListAndAddNothing_A20()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "A+F+G+H+I", designResponsibility: true, ContactType.MachineToMachine);

        Assert.Empty(result.AddedCodes);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Evaluate_A20ListedOnly_KeepsCombinationAndWarns()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "A+F+G", true, ContactType.MachineToMachine, a20: A20MandatoryModesPolicy.ListedOnly);

        Assert.Equal("A+F+G", result.EffectiveCombination);
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "A-20" && f.Severity == ModeFindingSeverity.Warning));
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Evaluate_A20ListedOnlyWithoutManagementPart_IsAnError()
    {
        var result = ModeCombinationCheck.Evaluate(_as, "A+B", false, ContactType.PersonToMachine, "why not", A20MandatoryModesPolicy.ListedOnly);

        Assert.Contains(result.Findings, f => f.RuleId == "004 §5.2.1.1; §5.4.2.3(3)" && f.Severity == ModeFindingSeverity.Error);
        Assert.False(result.Accepted);
    }

    [Theory]
    [InlineData("A+Z")]
    [InlineData("A+A+G")]
    [InlineData("")]
    [InlineData("A++G")]
    public void Evaluate_UnknownRepeatedOrEmptyCode_IsRefusedOnModes(string combination) =>
        Assert.Equal("modes", Assert.Throws<InvalidInputException>(() =>
            ModeCombinationCheck.Evaluate(_as, combination, false, ContactType.PersonToPerson)).Field);

    [Fact]
    public void Evaluate_CodeList_MatchesStringForm() =>
        Assert.Equal("B+D+G+I", ModeCombinationCheck.Evaluate(_as, ["D", "B", "G"], false, ContactType.PersonToPerson).EffectiveCombination);

    [Theory]
    [InlineData("LS", "SC+SM")]
    [InlineData("CC9", "sm+sc")]
    [InlineData("TEL", "IR+MS+PS")]
    public void Evaluate_FixedSchemeMode_IsAccepted(string scheme, string combination)
    {
        var result = ModeCombinationCheck.Evaluate(ModeSchemes.Rules(scheme), combination, false, ContactType.PersonToPerson);

        Assert.True(result.Accepted);
        Assert.Empty(result.AddedCodes);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("LS", "SC", "000 §1.3; §5.3; §7.2.1")]
    [InlineData("TEL", "IR+PS", "002 §5")]
    public void Evaluate_FixedSchemeOtherCombination_IsAnErrorEvenWithJustification(string scheme, string combination, string ruleId)
    {
        var result = ModeCombinationCheck.Evaluate(ModeSchemes.Rules(scheme), combination, false, ContactType.PersonToPerson, "please");

        Assert.Contains(result.Findings, f => f.RuleId == ruleId && f.Severity == ModeFindingSeverity.Error);
        Assert.False(result.Accepted);
    }
}
