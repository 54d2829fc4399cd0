using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>TEL programme and team rules in the running cycle, on each real database.</summary>
public abstract class TelTeamTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset _day = At(2025, 8, 1);
    private readonly CycleDriver _driver;

    protected TelTeamTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(_day)));

    [Fact]
    public async Task Programme_WithoutMysteryShoppingArrangement_RefusedTelR05()
    {
        await _driver.OpenAsync("TEL", _day);
        await _driver.ActAsync(_day, "application-review", "accept", RuntimeHarness.Reviewer);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(_day, "audit-programme", "propose", DemoStaff.Manager,
            new() { ["mysteryShopper"] = DemoStaff.Shopper.Id, ["mysteryShoppingArranged"] = "false" }));
        var missing = await Assert.ThrowsAsync<InvalidInputException>(() => _driver.ActAsync(_day, "audit-programme", "propose", DemoStaff.Manager));

        Assert.Equal(("TEL-R05", "data.mysteryShoppingArranged"), (error.RuleId, error.Field));
        Assert.Equal("data.mysteryShopper", missing.Field);
    }

    [Theory]
    [InlineData("LS-R03", DemoStaff.Conflicted, "auditor", null)]
    [InlineData("TEL-R02", DemoStaff.Novice, "auditor", null)]
    [InlineData("TEL-R03", "expert@cb.example", "technicalExpert", null)]
    [InlineData("TEL-R03", "expert@cb.example", "technicalExpert", "expert@cb.example")]
    [InlineData("TEL-R06", "auditor@cb.example", "teamLeader", null)]
    public async Task Assign_MemberBreakingTeamRule_RefusedWithRuleIdLsR03TelR02TelR03TelR06(string ruleId, string member, string role, string? supervisor)
    {
        await _driver.TelToTeamAsync(_day);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (member, role, supervisor)), ["plannedStart"] = "2025-08-11" }));

        Assert.Equal((ruleId, "data.team"), (error.RuleId, error.Field));
        Assert.Equal(CaseStage.TeamAssignment, (await _driver.Runtime.LoadAsync(_driver.Case.Id)).Stage);
    }

    [Fact]
    public async Task Assign_ConflictDeclaredAgainstOrganizationCode_RefusedLsR03_OnlyWhereTheCaseCarriesTheCode()
    {
        var team = new Dictionary<string, string> { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Outsider.Id, "auditor", null)), ["plannedStart"] = "2025-08-11" };
        var coded = new CycleDriver(_driver.Runtime) { OrganizationCode = DemoStaff.OrganizationCode };
        await coded.TelToTeamAsync(_day);
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => coded.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager, new(team)));
        Assert.Equal(("LS-R03", "data.team"), (error.RuleId, error.Field));
        Assert.Equal(DemoStaff.OrganizationCode, (await coded.Runtime.LoadAsync(coded.Case.Id)).OrganizationCode);

        await _driver.TelToTeamAsync(_day); // same name, no code: the declaration does not reach it
        await _driver.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager, new(team));
        Assert.Contains(_driver.Case.Facts.Team, m => m.PersonId == DemoStaff.Outsider.Id);
    }

    [Theory]
    [InlineData("""[{"id":"nobody@cb.example","role":"auditor"}]""", "data.team[0].id")]
    [InlineData("""[{"id":"leader@cb.example","role":"boss"}]""", "data.team[0].role")]
    [InlineData("""{"id":"leader@cb.example"}""", "data.team")]
    [InlineData("[]", "data.team")]
    public async Task Assign_MalformedTeam_InvalidInputNamesField(string team, string field)
    {
        await _driver.TelToTeamAsync(_day);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _driver.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = team }));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task Acceptance_DeclaredConflict_RemovesMemberAndReopensAssignment_ReplacementCompletesTeamLsR03()
    {
        await _driver.TelToTeamAsync(_day);
        var team = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Auditor.Id, "auditor", null));
        await _driver.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = team });
        await _driver.ActForAsync(_day, "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });

        var notMine = await Assert.ThrowsAsync<ActorNotAllowedException>(() =>
            _driver.Runtime.ActForAsync(_driver.Case, "team-acceptance", DemoStaff.Auditor.Id, "accept", DemoStaff.Outsider, new() { ["conflictOfInterest"] = "none" }));
        await _driver.ActForAsync(_day, "team-acceptance", DemoStaff.Auditor, "accept", new() { ["conflictOfInterest"] = "持有该组织股份" });
        Assert.Equal(CaseStage.TeamAssignment, _driver.Case.Stage);
        Assert.Equal(TeamMemberStatus.Removed, _driver.Case.Facts.Team.Single(m => m.PersonId == DemoStaff.Auditor.Id).Status);

        var again = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = team }));
        await _driver.ActAsync(_day, "team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Outsider.Id, "auditor", null)) });
        var asked = _driver.Case.Steps.Where(s => s.Kind == "team-acceptance" && s.Status == StepStatus.Open).Select(s => s.AssigneeId).ToList();
        await _driver.ActForAsync(_day, "team-acceptance", DemoStaff.Outsider, "accept", new() { ["conflictOfInterest"] = "none" });

        Assert.Equal("ROLE", notMine.RuleId);
        Assert.Equal("LS-R03", again.RuleId);
        Assert.Equal([DemoStaff.Outsider.Id], asked);
        Assert.Equal((CaseStage.AuditPlanning, DemoStaff.Leader.Id), (_driver.Case.Stage, _driver.Open("audit-plan").AssigneeId));
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.Contains(journal, j => j.Type == "step.completed" && j.RuleId == "LS-R03" && j.Reason == "持有该组织股份" && j.ActorId == DemoStaff.Auditor.Id);
    }
}
