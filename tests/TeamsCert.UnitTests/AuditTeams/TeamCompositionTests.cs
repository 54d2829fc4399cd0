using TeamsCert.Domain.AuditTeams;
using static TeamsCert.UnitTests.AuditTeams.TeamBuilder;

namespace TeamsCert.UnitTests.AuditTeams;

public class TeamCompositionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("expert")]
    [InlineData("auditor-2")]
    public void Check_TechnicalExpertNotSupervisedByTeamAuditor_BreachesTelR03(string? supervisor)
    {
        var team = Team(Leader(), Auditor(), TechnicalExpert(supervisor: supervisor));
        var breach = Assert.Single(Check("TEL", Request("TEL", team)));
        Assert.Equal(("TEL-R03", "expert"), (breach.RuleId, breach.PersonId));
    }

    [Fact]
    public void Check_TechnicalExpertSupervisedByAnotherExpert_BreachesTelR03()
    {
        var team = Team(Leader(), Auditor(), TechnicalExpert(), new AuditTeamMember("auditor-2", TeamRole.TechnicalExpert, "expert"));
        Assert.Contains(Check("TEL", Request("TEL", team)), b => b.RuleId == "TEL-R03" && b.PersonId == "auditor-2");
    }

    [Fact]
    public void Check_TechnicalExpertAlsoListedAsAuditor_BreachesTelR03()
    {
        var team = Team(Leader(), Auditor(), Auditor("auditor-2"), TechnicalExpert("auditor-2"));
        Assert.Contains(Check("TEL", Request("TEL", team)), b => b.RuleId == "TEL-R03" && b.Message.En.Contains("also act", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TechnicalExpertSupervisedByLeader_PassesTelR03() =>
        Assert.Empty(Check("TEL", Request("TEL", Team(Leader(), TechnicalExpert(supervisor: "leader")))));

    [Fact]
    public void Check_TechnicalExpertWithoutSupervisor_BreachesAsR03() =>
        Assert.Contains(Check("AS", Request("AS", Team(Leader(), Auditor(), TechnicalExpert(supervisor: null)))), b => b.RuleId == "AS-R03");

    [Fact]
    public void Check_SupervisedTechnicalExpert_PassesAsR03() =>
        Assert.DoesNotContain(Check("AS", Request("AS")), b => b.RuleId == "AS-R03");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Check_NotExactlyOneTeamLeader_BreachesTelR06(int leaders)
    {
        AuditTeamMember[] members = leaders == 0 ? [Auditor(), Auditor("auditor-2")] : [Leader(), Leader("auditor-2"), Auditor()];
        var breach = Assert.Single(Check("TEL", Request("TEL", Team(members))));
        Assert.Equal("TEL-R06", breach.RuleId);
        Assert.Contains($": {leaders})", breach.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneTeamLeaderPerAudit_PassesTelR06() =>
        Assert.Empty(Check("TEL", Request("TEL", Team("stage-1", Leader(), Auditor()), Team("stage-2", Leader("auditor-2"), Auditor()))));

    [Theory]
    [InlineData("auditor-2")]
    [InlineData("expert")]
    public void Check_MysteryShopperNotTeamAuditor_BreachesAsR05(string shopper)
    {
        var breach = Assert.Single(Check("AS", Request("AS", Team() with { MysteryShopperIds = [shopper] })));
        Assert.Equal(("AS-R05", shopper), (breach.RuleId, breach.PersonId));
    }

    [Fact]
    public void Check_MysteryShopperIsTeamAuditor_PassesAsR05() =>
        Assert.Empty(Check("AS", Request("AS", Team() with { MysteryShopperIds = ["auditor", "leader"] })));

    [Fact]
    public void Check_TelMysteryShopperOutsideTeam_IsAllowed() =>
        Assert.Empty(Check("TEL", Request("TEL", Team() with { MysteryShopperIds = ["auditor-2"] })));
}
