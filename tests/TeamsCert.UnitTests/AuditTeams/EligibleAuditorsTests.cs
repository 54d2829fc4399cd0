using TeamsCert.Domain.AuditTeams;
using static TeamsCert.UnitTests.AuditTeams.TeamBuilder;

namespace TeamsCert.UnitTests.AuditTeams;

public class EligibleAuditorsTests
{
    private static readonly Person _lapsed = Qualified("lapsed") with { Registrations = [new("REG-old", new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31))] };
    private static readonly Person _unevaluated = Qualified("unevaluated") with { CompetenceEvaluations = [] };

    private static EligibilityQuery Query(string scheme, TeamRole role = TeamRole.Auditor) =>
        new(scheme, Organisation, role, AuditDay, [Qualified("auditor"), _lapsed, _unevaluated, Qualified("conflicted"), Qualified("decider"), Expert("expert")])
        {
            ConflictsOfInterest = [Conflict("conflicted")],
            DecisionMakerId = "decider",
        };

    private static Dictionary<string, AuditorEligibility> Eligibility(string scheme, EligibilityQuery query) =>
        TeamRuleCheck.EligibleAuditors(Rules(scheme), query).ToDictionary(e => e.PersonId);

    [Fact]
    public void EligibleAuditors_Tel_ExplainsEveryExclusion()
    {
        var result = Eligibility("TEL", Query("TEL"));

        Assert.True(result["auditor"].Eligible);
        Assert.Equal(["TEL-R02"], result["lapsed"].ExcludedBy);
        Assert.Equal(["TEL-R02"], result["unevaluated"].ExcludedBy);
        Assert.Equal(["LS-R03"], result["conflicted"].ExcludedBy);
        Assert.Equal(["TEL-R01"], result["decider"].ExcludedBy);
        Assert.Equal(["TEL-R02"], result["expert"].ExcludedBy);
        Assert.All(result.Values.Where(e => !e.Eligible), e => Assert.NotEmpty(e.Exclusions[0].Message.ZhCn));
    }

    [Fact]
    public void EligibleAuditors_AsRegistrationOnly_AdmitsUnevaluatedAuditor_AsR02()
    {
        var result = Eligibility("AS", Query("AS"));

        Assert.True(result["unevaluated"].Eligible);
        Assert.Equal(["AS-R02"], result["lapsed"].ExcludedBy);
        Assert.Equal(["AS-R01"], result["decider"].ExcludedBy);
    }

    [Fact]
    public void EligibleAuditors_AsShortNotice_ExcludesConflictUnderAsR04() =>
        Assert.Equal(["AS-R04"], Eligibility("AS", Query("AS") with { IsShortNotice = true })["conflicted"].ExcludedBy);

    [Fact]
    public void EligibleAuditors_TechnicalExpertRole_NeedsNoRegistration()
    {
        var result = Eligibility("TEL", Query("TEL", TeamRole.TechnicalExpert));

        Assert.True(result["expert"].Eligible);
        Assert.True(result["lapsed"].Eligible);
        Assert.False(result["conflicted"].Eligible);
    }

    [Fact]
    public void EligibleAuditors_RegistrationLapsingBeforeLastDay_Excludes()
    {
        var query = Query("AS") with { StartDate = new DateOnly(2024, 12, 30), EndDate = new DateOnly(2025, 1, 2) };
        Assert.False(Eligibility("AS", query)["lapsed"].Eligible);
    }
}
