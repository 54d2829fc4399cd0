using TeamsCert.Domain.AuditTeams;
using static TeamsCert.UnitTests.AuditTeams.TeamBuilder;

namespace TeamsCert.UnitTests.AuditTeams;

public class TeamProcessTests
{
    private static readonly ReportApproval _byLeader = new(ReportApprovalRole.TeamLeader, "leader", AuditDay);
    private static readonly ReportApproval _byCommittee = new(ReportApprovalRole.TechnicalCommittee, "tc-chair", AuditDay);

    [Theory]
    [InlineData("LS", "LS-R02")]
    [InlineData("CC9", "CC9-R02")]
    public void Check_ReportApprovedByLeaderOnly_BreachesR02(string scheme, string ruleId)
    {
        var breach = Assert.Single(Check(scheme, Request(scheme, Team() with { ReportApprovals = [_byLeader] })));
        Assert.Equal(ruleId, breach.RuleId);
        Assert.Contains("technical committee", breach.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportApprovedByCommitteeOnly_BreachesLsR02() =>
        Assert.Contains(Check("LS", Request("LS", Team() with { ReportApprovals = [_byCommittee] })),
            b => b.RuleId == "LS-R02" && b.Message.En.Contains("team leader", StringComparison.Ordinal));

    [Fact]
    public void Check_LeaderApprovalByNonLeader_BreachesLsR02()
    {
        var approvals = new[] { _byLeader with { PersonId = "auditor" }, _byCommittee };
        var breaches = Check("LS", Request("LS", Team() with { ReportApprovals = approvals }));
        Assert.Equal(2, breaches.Count(b => b.RuleId == "LS-R02"));
        Assert.Contains(breaches, b => b.PersonId == "auditor");
    }

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public void Check_ReportApprovedByLeaderAndCommittee_PassesR02(string scheme) =>
        Assert.Empty(Check(scheme, Request(scheme, Team() with { ReportApprovals = [_byCommittee, _byLeader] })));

    [Fact]
    public void Check_ReportNotYetSubmitted_SkipsLsR02() =>
        Assert.Empty(Check("LS", Request("LS", Team() with { ReportApprovals = null })));

    [Fact]
    public void Check_TelReportWithoutApprovals_IsNotALsRule() =>
        Assert.Empty(Check("TEL", Request("TEL", Team() with { ReportApprovals = [] })));

    [Fact]
    public void Check_ProgrammeWithMysteryShopping_PassesTelR05() =>
        Assert.Empty(Check("TEL", Request("TEL") with { Programme = new AuditProgramme("manager", true, ["shopper-1"]) }));

    [Theory]
    [InlineData(null, true, 1, "dedicated manager")]
    [InlineData("manager", false, 1, "arrange mystery shopping")]
    [InlineData("manager", true, 0, "assign a mystery shopper")]
    public void Check_IncompleteProgramme_BreachesTelR05(string? manager, bool arranged, int shoppers, string message)
    {
        var programme = new AuditProgramme(manager, arranged, [.. Enumerable.Range(1, shoppers).Select(i => $"shopper-{i}")]);
        var breach = Assert.Single(Check("TEL", Request("TEL") with { Programme = programme }));
        Assert.Equal("TEL-R05", breach.RuleId);
        Assert.Contains(message, breach.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AsProgrammeWithoutMysteryShopping_IsNotATelRule() =>
        Assert.Empty(Check("AS", Request("AS") with { Programme = new AuditProgramme(null, false, []) }));
}
