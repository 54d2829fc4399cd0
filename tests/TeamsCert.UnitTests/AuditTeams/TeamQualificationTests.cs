using TeamsCert.Domain.AuditTeams;
using static TeamsCert.UnitTests.AuditTeams.TeamBuilder;

namespace TeamsCert.UnitTests.AuditTeams;

public class TeamQualificationTests
{
    private static readonly DateOnly _start = new(2024, 1, 1);

    [Fact]
    public void Check_AuditorWithoutCompetenceEvaluation_BreachesTelR02()
    {
        var request = Request("TEL") with { People = [.. People.Where(p => p.Id != "auditor"), Qualified("auditor") with { CompetenceEvaluations = [] }] };
        var breach = Assert.Single(Check("TEL", request));
        Assert.Equal(("TEL-R02", "auditor"), (breach.RuleId, breach.PersonId));
        Assert.Contains("competence evaluation", breach.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RegistrationEndsDuringAudit_BreachesTelR02()
    {
        var lapsing = Qualified("leader") with { Registrations = [new("REG-leader", _start, AuditDay)] };
        var request = Request("TEL") with { People = [.. People.Where(p => p.Id != "leader"), lapsing] };
        Assert.Contains(Check("TEL", request), b => b.RuleId == "TEL-R02" && b.PersonId == "leader" && b.Message.En.Contains("registration", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_EvaluationForAnotherField_BreachesTelR02()
    {
        var narrow = Qualified("auditor") with { CompetenceEvaluations = [new("TEL", _start, new DateOnly(2027, 1, 1), "F01")] };
        var request = Request("TEL") with { FieldCode = "F02", People = [.. People.Where(p => p.Id != "auditor"), narrow] };
        Assert.Contains(Check("TEL", request), b => b.RuleId == "TEL-R02" && b.PersonId == "auditor");
        Assert.Empty(Check("TEL", request with { FieldCode = "F01" }));
    }

    [Fact]
    public void Check_QualifiedTeam_PassesTelR02() =>
        Assert.DoesNotContain(Check("TEL", Request("TEL") with { FieldCode = "F01" }), b => b.RuleId == "TEL-R02");

    [Fact]
    public void Check_UnknownPerson_BreachesTelR02() =>
        Assert.Contains(Check("TEL", Request("TEL", Team(Leader(), Auditor("ghost")))), b => b.RuleId == "TEL-R02" && b.PersonId == "ghost");

    [Fact]
    public void Check_AsAuditorWithoutEvaluation_PassesAsR02()
    {
        var request = Request("AS") with { People = [.. People.Select(p => p with { CompetenceEvaluations = [] })] };
        Assert.Empty(Check("AS", request));
    }

    [Fact]
    public void Check_AsAuditorUnregistered_BreachesAsR02() =>
        Assert.Contains(Check("AS", Request("AS", Team(Leader(), Auditor("expert")))), b => b.RuleId == "AS-R02" && b.PersonId == "expert");

    [Fact]
    public void Check_LsAuditorUnregistered_BreachesSeedSection() =>
        Assert.Contains(Check("LS", Request("LS", Team(Leader(), Auditor("expert")))), b => b.RuleId == "000 §6.2.1.1(2)");

    [Fact]
    public void Check_Cc9AuditorUnregistered_IsNotCheckedWhereSchemeCitesNoRule() =>
        Assert.Empty(Check("CC9", Request("CC9", Team(Leader(), Auditor("expert")))));

    [Fact]
    public void Check_TeamOfTechnicalExpertsOnly_BreachesAsR06()
    {
        var team = Team(new AuditTeamMember("expert", TeamRole.TechnicalExpert, "expert"));
        var breach = Assert.Single(Check("AS", Request("AS", team)), b => b.RuleId == "AS-R06");
        Assert.Null(breach.PersonId);
    }

    [Fact]
    public void Check_TeamWithRegisteredAuditor_PassesAsR06() =>
        Assert.DoesNotContain(Check("AS", Request("AS", Team(Auditor(), TechnicalExpert()))), b => b.RuleId == "AS-R06");
}
