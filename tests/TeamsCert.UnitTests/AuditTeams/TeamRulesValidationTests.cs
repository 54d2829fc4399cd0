using System.Text.Json.Nodes;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.AuditTeams;

public class TeamRulesValidationTests
{
    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void Validate_SchemeData_HasNoErrors(string scheme) =>
        Assert.Empty(SchemeSectionJson.Errors(TeamBuilder.Rules(scheme), "$.teamRules"));

    [Fact]
    public void Read_TelData_MapsRuleIds()
    {
        var rules = TeamBuilder.Rules("TEL");

        Assert.Equal(("TEL-R01", "TEL-R02", "TEL-R05"), (rules.DecisionMakerNotInAuditTeam, rules.AuditorQualified, rules.ProgrammeMysteryShopping));
        Assert.True(rules.CompetenceEvaluationRequired);
        Assert.Null(rules.MysteryShoppersAreTeamAuditors);
    }

    [Theory]
    [InlineData("auditorQualified", "R02")]
    [InlineData("reportApprovers", "")]
    [InlineData("shortNoticeExtraCare", "tel-r04")]
    public void Validate_BadRuleId_ReportsItsPath(string key, string value) =>
        AssertError("TEL", $"$.teamRules.{key}", t => t[key] = value);

    [Fact]
    public void Validate_CompetenceWithoutQualificationRule_ReportsIt() =>
        AssertError("TEL", "$.teamRules.competenceEvaluationRequired", t => t["auditorQualified"] = null);

    [Fact]
    public void Validate_MisspeltKey_ReportsItInsteadOfSwitchingTheRuleOff() =>
        AssertError("AS", "$.teamRules.decisionMakerNotInAuditTeem", t => t["decisionMakerNotInAuditTeem"] = "AS-R01");

    private static void AssertError(string scheme, string path, Action<JsonNode> change)
    {
        var rules = SchemeSectionJson.Mutated<TeamRules>(TeamBuilder.Json(scheme), "teamRules", change);
        Assert.Contains(SchemeSectionJson.Errors(rules, "$.teamRules"), e => e.JsonPath == path);
    }
}
