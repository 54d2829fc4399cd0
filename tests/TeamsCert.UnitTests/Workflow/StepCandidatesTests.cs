using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>
/// Who may hold a step (<see cref="StepCandidates"/>): reassignment and delegation only to a person of the directory who
/// holds the step's role and, on an auditing step, is qualified and free of a declared conflict; acting re-checks both at
/// the moment of the action. Each refusal names its rule.
/// </summary>
public class StepCandidatesTests
{
    private static readonly DateTimeOffset _now = new(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor _reviewer = Staff("reviewer@cb", StaffRoles.ApplicationReviewer);
    private static readonly Actor _manager = Staff("boss@cb", StaffRoles.Manager);

    private static readonly Person[] _people =
    [
        new("reviewer@cb", "李评审") { Roles = [StaffRoles.ApplicationReviewer] },
        new("reviewer2@cb", "赵评审") { Roles = [StaffRoles.ApplicationReviewer] },
        new("auditor@cb", "刘审核") { Roles = [StaffRoles.Auditor] },
        Qualified(new Person(CycleHarness.Leader.Id, "组长") { Roles = [StaffRoles.TeamLeader] }),
        new("leader2@cb", "无资格组长") { Roles = [StaffRoles.TeamLeader] },
        new("shopper@cb", "暗访员") { Roles = [StaffRoles.MysteryShopper] },
    ];

    [Theory]
    [InlineData("auditor@cb")] // holds a role, not this step's
    [InlineData("nobody")] // not a person of the body
    [InlineData("赵评审")] // a name, not an id
    public void Reassign_ToSomeoneWithoutTheStepsRole_RefusedWithRoleAndNothingChanges(string assignee)
    {
        var (process, @case, step) = Review(new InMemoryStaffDirectory(_people));

        var error = Assert.Throws<RuleViolationException>(() => process.Reassign(@case, step.Id, assignee, "休假", _manager, _now));

        Assert.Equal(("ROLE", "assignee"), (error.RuleId, error.Field));
        Assert.Null(step.AssigneeId);
        Assert.Empty(@case.NewEvents);
    }

    [Fact]
    public void Candidates_ApplicationReview_TheReviewersAllowed()
    {
        var (process, @case, step) = Review(new InMemoryStaffDirectory(_people));

        var candidates = StepCandidates.For(process, @case, step, DateOnly.FromDateTime(_now.DateTime));

        Assert.Equal(["reviewer2@cb", "reviewer@cb"], candidates.Where(c => c.Allowed).Select(c => c.PersonId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(candidates, c => c.PersonId == "auditor@cb");
    }

    [Fact]
    public void Reassign_ToAReviewer_AssignsAndTheAssigneeActs()
    {
        var (process, @case, step) = Review(new InMemoryStaffDirectory(_people));

        process.Reassign(@case, step.Id, "reviewer2@cb", "休假", _manager, _now);
        process.Act(@case, step.Id, "accept", new Dictionary<string, string>(), Staff("reviewer2@cb", StaffRoles.ApplicationReviewer), _now);

        Assert.Equal((StepStatus.Completed, "reviewer2@cb"), (step.Status, step.CompletedBy));
    }

    [Fact]
    public void Judge_AssigneeNoLongerHoldsTheRole_ExcludedWithRoleAndCannotBeNamedAgain()
    {
        var moved = new InMemoryStaffDirectory([.. _people.Where(p => p.Id != "reviewer2@cb"), new Person("reviewer2@cb", "赵评审") { Roles = [StaffRoles.Auditor] }]);
        var (process, @case, step) = Review(moved);

        var judged = StepCandidates.Judge(process, @case, step, "reviewer2@cb", DateOnly.FromDateTime(_now.DateTime));
        var error = Assert.Throws<RuleViolationException>(() => process.Reassign(@case, step.Id, "reviewer2@cb", "休假", _manager, _now));

        Assert.Equal(("ROLE", "ROLE"), (judged.Exclusions.Single().RuleId, error.RuleId));
        Assert.Equal(StepStatus.Open, step.Status);
    }

    [Fact]
    public void Act_AuditStepAfterTheLeaderDeclaredAConflict_RefusedWithTheSchemesIndependenceRule()
    {
        var clean = new InMemoryStaffDirectory(_people);
        var process = new CaseProcess(TestRules.Scheme("TEL"), TestRules.Runtime.Calendar, staff: clean);
        var @case = process.Open(new OpenCaseRequest("TEL", "示例组织", 50, 1, "服务"), "TEL-1", _reviewer, _now);
        Act(process, @case, "application-review", "accept", _reviewer);
        Act(process, @case, "audit-programme", "propose", CycleHarness.Manager, new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" });
        Act(process, @case, "team-assignment", "assign", CycleHarness.Manager,
            new() { ["team"] = CycleHarness.LeaderOnlyTeam, ["plannedStart"] = "2025-10-20" });
        Act(process, @case, "team-acceptance", "accept", CycleHarness.Leader, new() { ["conflictOfInterest"] = "none" });
        @case.AcceptChanges();

        var conflicted = new InMemoryStaffDirectory(_people, [new ConflictOfInterest(CycleHarness.Leader.Id, "示例组织", "曾任该组织顾问", new DateOnly(2025, 9, 29))]);
        var later = new CaseProcess(TestRules.Scheme("TEL"), TestRules.Runtime.Calendar, staff: conflicted);
        var plan = @case.Steps.Single(s => s.Kind == "audit-plan" && s.Status == StepStatus.Open);

        var error = Assert.Throws<ActorNotAllowedException>(() =>
            later.Act(@case, plan.Id, "send", new Dictionary<string, string> { ["onSiteStart"] = "2025-10-20" }, CycleHarness.Leader, _now));

        Assert.Equal(later.RuleSet.EffectiveTeamRules.ConflictOfInterestRuleId(false), error.RuleId);
        Assert.Equal(StepStatus.Open, plan.Status);
        Assert.Empty(@case.NewEvents);
        // The same rule keeps them out of the picker for the step.
        var judged = StepCandidates.Judge(later, @case, plan, CycleHarness.Leader.Id, new DateOnly(2025, 9, 30));
        Assert.Contains(error.RuleId, judged.ExcludedBy);
    }

    [Fact]
    public void Judge_AuditStep_LeaderWithoutQualificationExcludedByTheQualificationRule()
    {
        var (process, @case, _) = Review(new InMemoryStaffDirectory(_people));
        var audit = new PendingStep { Id = Guid.NewGuid(), Kind = "stage2-audit", Role = StaffRoles.TeamLeader, OpenedOn = new DateOnly(2025, 9, 30) };

        var judged = StepCandidates.Judge(process, @case, audit, "leader2@cb", new DateOnly(2025, 9, 30));

        Assert.False(judged.Allowed);
        Assert.Contains(process.RuleSet.EffectiveTeamRules.AuditorQualified!, judged.ExcludedBy);
        Assert.True(StepCandidates.Judge(process, @case, audit, CycleHarness.Leader.Id, new DateOnly(2025, 9, 30)).Allowed);
    }

    private static void Act(CaseProcess process, CertificationCase @case, string kind, string action, Actor actor, Dictionary<string, string>? data = null) =>
        process.Act(@case, @case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open).Id, action, data ?? [], actor, _now);

    private static (CaseProcess Process, CertificationCase Case, PendingStep Step) Review(IStaffDirectory staff)
    {
        var process = new CaseProcess(TestRules.Scheme("TEL"), TestRules.Runtime.Calendar, staff: staff);
        var @case = process.Open(new OpenCaseRequest("TEL", "示例组织", 50, 1, "服务"), "TEL-1", _reviewer, _now);
        @case.AcceptChanges();
        return (process, @case, @case.Steps.Single());
    }

    private static Person Qualified(Person person) => person with
    {
        Registrations = [new AuditorRegistration("REG-1", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
        CompetenceEvaluations = [new CompetenceEvaluation("TEL", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
    };

    private static Actor Staff(string id, string role) => new(id, id, new HashSet<string> { role });
}
