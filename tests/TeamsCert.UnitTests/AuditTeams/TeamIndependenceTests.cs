using TeamsCert.Domain.AuditTeams;
using static TeamsCert.UnitTests.AuditTeams.TeamBuilder;

namespace TeamsCert.UnitTests.AuditTeams;

public class TeamIndependenceTests
{
    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void Check_SafeDefaults_HaveNoBreach(string scheme) => Assert.Empty(Check(scheme, Request(scheme)));

    [Fact]
    public void Check_DecisionMakerInTeam_BreachesTelR01()
    {
        var breach = Assert.Single(Check("TEL", Request("TEL") with { DecisionMakerId = "auditor" }));
        Assert.Equal(("TEL-R01", RuleBreachSeverity.Error, "auditor"), (breach.RuleId, breach.Severity, breach.PersonId));
    }

    [Fact]
    public void Check_DecisionMakerOutsideTeam_PassesTelR01() =>
        Assert.DoesNotContain(Check("TEL", Request("TEL")), b => b.RuleId == "TEL-R01");

    [Fact]
    public void Check_DecisionMakerWasMysteryShopper_BreachesTelR01()
    {
        var request = Request("TEL") with { Programme = new AuditProgramme("manager", true, ["decider"]) };
        Assert.Contains(Check("TEL", request), b => b.RuleId == "TEL-R01" && b.PersonId == "decider");
    }

    [Fact]
    public void Check_DecisionMakerInStage1Team_BreachesAsR01()
    {
        var request = Request("AS", Team("stage-1", Leader("decider"), Auditor()), Team());
        var breach = Assert.Single(Check("AS", request), b => b.RuleId == "AS-R01");
        Assert.Contains("stage-1", breach.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DecisionMakerOutsideTeam_PassesAsR01() =>
        Assert.DoesNotContain(Check("AS", Request("AS", Team("stage-1"), Team())), b => b.RuleId == "AS-R01");

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public void Check_DecisionMakerAudited_BreachesA13(string scheme) =>
        Assert.Contains(Check(scheme, Request(scheme) with { DecisionMakerId = "leader" }), b => b.RuleId == "A-13" && b.PersonId == "leader");

    [Fact]
    public void Check_TechnicalCommitteeMemberWhoDidNotAudit_PassesA13()
    {
        var team = Team() with { ReportApprovals = [new(ReportApprovalRole.TeamLeader, "leader", AuditDay), new(ReportApprovalRole.TechnicalCommittee, "decider", AuditDay)] };
        Assert.Empty(Check("LS", Request("LS", team)));
    }

    [Fact]
    public void Check_ConflictOfInterest_BreachesLsR03()
    {
        var breach = Assert.Single(Check("LS", Request("LS") with { ConflictsOfInterest = [Conflict("auditor")] }));
        Assert.Equal(("LS-R03", "auditor"), (breach.RuleId, breach.PersonId));
        Assert.Contains("咨询", breach.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConflictWithAnotherOrganisation_PassesLsR03() =>
        Assert.Empty(Check("LS", Request("LS") with { ConflictsOfInterest = [Conflict("auditor", "org-2")] }));

    [Theory]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void Check_ConflictWhereSchemeHasNoOwnRule_BreachesLsR03(string scheme) =>
        Assert.Contains(Check(scheme, Request(scheme) with { ConflictsOfInterest = [Conflict("expert")] }), b => b.RuleId == "LS-R03");

    [Fact]
    public void Check_ConflictWhenDataCitesNoRule_StillBreachesLsR03()
    {
        var rules = Rules("TEL") with { NoConflictOfInterest = null };
        Assert.Contains(TeamRuleCheck.Check(rules, Request("TEL") with { ConflictsOfInterest = [Conflict("leader")] }), b => b.RuleId == "LS-R03");
    }

    [Fact]
    public void Check_ShortNoticeConflict_BreachesAsR04()
    {
        var request = Request("AS", Team() with { IsShortNotice = true }) with { ConflictsOfInterest = [Conflict("leader")] };
        var breach = Assert.Single(Check("AS", request));
        Assert.Equal(("AS-R04", "leader"), (breach.RuleId, breach.PersonId));
    }

    [Fact]
    public void Check_ShortNoticeWithoutConflict_PassesAsR04() =>
        Assert.Empty(Check("AS", Request("AS", Team() with { IsShortNotice = true })));

    [Fact]
    public void Check_MysteryShopperWithConflict_BreachesAsR04()
    {
        var team = Team() with { IsShortNotice = true, MysteryShopperIds = ["auditor"] };
        Assert.Contains(Check("AS", Request("AS", team) with { ConflictsOfInterest = [Conflict("auditor")] }), b => b.RuleId == "AS-R04");
    }

    [Fact]
    public void Check_ShortNoticeWithoutCareRecord_WarnsTelR04()
    {
        var breach = Assert.Single(Check("TEL", Request("TEL", Team() with { IsShortNotice = true })));
        Assert.Equal(("TEL-R04", RuleBreachSeverity.Warning), (breach.RuleId, breach.Severity));
    }

    [Fact]
    public void Check_ShortNoticeWithCareRecord_PassesTelR04() =>
        Assert.Empty(Check("TEL", Request("TEL", Team() with { IsShortNotice = true, ExtraCareRecord = "组长与获证组织无往来，已核查" })));
}
