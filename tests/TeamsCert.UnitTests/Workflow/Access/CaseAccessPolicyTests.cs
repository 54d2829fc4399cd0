using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow.Access;

/// <summary>
/// DOC-ACCESS: case-wide roles see every case; auditing roles only a case they are or were part of (involvement);
/// DOC-STAFF: applicants never; LINK-ROLE and CASE-OPEN: roles the table never gives those operations.
/// </summary>
public class CaseAccessPolicyTests
{
    private const string Me = "auditor@cb.example";

    [Theory]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.ProgrammeManager)]
    [InlineData(StaffRoles.ApplicationReviewer)]
    [InlineData(StaffRoles.TechnicalCommittee)]
    [InlineData(StaffRoles.DecisionMaker)]
    public void May_CaseWideRole_EveryCase(string role) =>
        Assert.True(May(NewCase(), Staff(role)));

    [Theory]
    [InlineData("auditor")]
    [InlineData("teamLeader")]
    [InlineData("technicalExpert")]
    [InlineData("mysteryShopper")]
    public void May_OtherRoleNotInvolved_Refused(string role) =>
        Assert.False(May(NewCase(), Staff(role)));

    [Theory]
    [InlineData(TeamMemberStatus.Proposed)]
    [InlineData(TeamMemberStatus.Accepted)]
    public void May_OnInitialTeam_Allowed(TeamMemberStatus status)
    {
        var @case = NewCase();
        @case.Facts.TeamList.Add(Member(Me, status));

        Assert.True(May(@case, Staff("auditor")));
    }

    [Fact]
    public void May_RemovedFromTeamAndAnsweredItsAcceptance_Refused()
    {
        var @case = NewCase(Step("team-acceptance", assignee: Me, completedBy: Me));
        @case.Facts.TeamList.Add(Member(Me, TeamMemberStatus.Removed));

        Assert.False(May(@case, Staff("auditor")));
    }

    [Fact]
    public void May_OnAnEarlierSurveillanceTeam_Allowed()
    {
        var @case = NewCase();
        var surveillance = new SurveillanceFacts { Number = 1, DueOn = new DateOnly(2026, 9, 1), RuleId = "TEL-D05" };
        surveillance.TeamList.Add(Member(Me, TeamMemberStatus.Accepted));
        @case.Facts.SurveillancesList.Add(surveillance);

        Assert.True(May(@case, Staff("auditor")));
    }

    [Fact]
    public void May_TheCasesMysteryShopper_Allowed()
    {
        var @case = NewCase();
        @case.Facts.MysteryShopperId = Me;

        Assert.True(May(@case, Staff("mysteryShopper")));
    }

    [Theory]
    [InlineData(Me, null)]
    [InlineData(null, Me)]
    public void May_HoldsOrHeldAStep_Allowed(string? assignee, string? completedBy)
    {
        var @case = NewCase(Step("stage2-audit", assignee, completedBy));

        Assert.True(May(@case, Staff("technicalExpert")));
    }

    [Fact]
    public void May_SomeoneElseOnTheTeam_Refused()
    {
        var @case = NewCase(Step("stage1-audit", "leader@cb.example", null));
        @case.Facts.TeamList.Add(Member("leader@cb.example", TeamMemberStatus.Accepted));

        Assert.False(May(@case, Staff("auditor")));
    }

    [Fact]
    public void Refusal_NotInvolved_DocAccessNamingTheCaseNumberZhFirst()
    {
        var error = CaseAccessPolicy.Refusal(Staff("auditor"), CaseOperation.ViewCase, "TEL-2025-0007");

        Assert.Equal("DOC-ACCESS", error.RuleId);
        Assert.Contains("TEL-2025-0007", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.IndexOf("案件", StringComparison.Ordinal) < error.Message.IndexOf("case", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CaseOperation.ViewCase)]
    [InlineData(CaseOperation.ActOnStep)]
    [InlineData(CaseOperation.ReadJournal)]
    [InlineData(CaseOperation.ReadDocuments)]
    [InlineData(CaseOperation.UploadDocuments)]
    [InlineData(CaseOperation.ListLinks)]
    public void May_OnTheTeam_EveryInvolvedOperation(CaseOperation operation)
    {
        var @case = NewCase();
        @case.Facts.TeamList.Add(Member(Me, TeamMemberStatus.Accepted));

        Assert.True(CaseAccessPolicy.May(@case, Staff("auditor"), operation));
    }

    [Theory]
    [InlineData(CaseOperation.ManageLinks, "LINK-ROLE")]
    [InlineData(CaseOperation.OpenCase, "CASE-OPEN")]
    public void May_OnTheTeamButTheRoleNeverDoesIt_RefusedWithTheOperationsRuleId(CaseOperation operation, string ruleId)
    {
        var @case = NewCase();
        @case.Facts.TeamList.Add(Member(Me, TeamMemberStatus.Accepted));

        Assert.False(CaseAccessPolicy.May(@case, Staff("auditor"), operation));
        Assert.Equal(ruleId, CaseAccessPolicy.Refusal(Staff("auditor"), operation, @case.Number).RuleId);
    }

    [Theory]
    [InlineData(CaseOperation.ViewCase)]
    [InlineData(CaseOperation.ReadJournal)]
    [InlineData(CaseOperation.ManageLinks)]
    [InlineData(CaseOperation.OpenCase)]
    public void May_ApplicantEvenHoldingAStep_RefusedDocStaff(CaseOperation operation)
    {
        var @case = NewCase(Step("plan-acknowledgement", null, Me));

        Assert.False(CaseAccessPolicy.May(@case, Staff(StaffRoles.Applicant), operation));
        Assert.Equal("DOC-STAFF", CaseAccessPolicy.Refusal(Staff(StaffRoles.Applicant), operation, @case.Number).RuleId);
    }

    [Theory]
    [InlineData(StaffRoles.Manager, CaseReach.Every)]
    [InlineData(StaffRoles.ApplicationReviewer, CaseReach.Every)]
    [InlineData(StaffRoles.ProgrammeManager, CaseReach.Never)]
    [InlineData(StaffRoles.DecisionMaker, CaseReach.Never)]
    [InlineData(StaffRoles.Auditor, CaseReach.Never)]
    public void Reach_OpenCase_OnlyTheRolesThatReceiveApplications(string role, CaseReach expected) =>
        Assert.Equal(expected, CaseAccessPolicy.Reach(Staff(role), CaseOperation.OpenCase));

    [Fact]
    public void Reach_SeveralRoles_TheFurthest() =>
        Assert.Equal(CaseReach.Every, CaseAccessPolicy.Reach(new Actor(Me, Me, new HashSet<string>([StaffRoles.Auditor, StaffRoles.DecisionMaker])), CaseOperation.ViewCase));

    [Fact]
    public void Reach_NoRoleOrUnknownRole_NeverAndDocStaff()
    {
        var nobody = new Actor(Me, Me, new HashSet<string>(["visitor"]));

        Assert.All(CaseAccessTable.Operations, o => Assert.Equal(CaseReach.Never, CaseAccessPolicy.Reach(nobody, o)));
        Assert.Equal("DOC-STAFF", CaseAccessPolicy.Refusal(nobody, CaseOperation.ViewCase, null).RuleId);
    }

    [Fact]
    public void Table_EveryRoleHasOneReachPerOperation() =>
        Assert.All(CaseAccessTable.Roles, role => Assert.All(CaseAccessTable.Operations, o => Assert.True(Enum.IsDefined(CaseAccessTable.Reach(role, o)))));

    [Fact]
    public void May_FromRows_SameAnswerAsFromTheCase()
    {
        var @case = NewCase(Step("stage2-audit", Me, null));

        var fromRows = CaseAccessPolicy.May(@case.Facts, @case.Steps.Select(StepParticipation.Of), Staff("auditor"), CaseOperation.ViewCase);

        Assert.Equal(CaseAccessPolicy.May(@case, Staff("auditor"), CaseOperation.ViewCase), fromRows);
        Assert.True(fromRows);
    }

    private static bool May(CertificationCase @case, Actor actor) => CaseAccessPolicy.May(@case, actor, CaseOperation.ViewCase);

    private static Actor Staff(string role) => new(Me, Me, new HashSet<string>([role], StringComparer.Ordinal));

    private static TeamMemberFacts Member(string id, TeamMemberStatus status) => new() { PersonId = id, Role = TeamRole.Auditor, Status = status };

    private static PendingStep Step(string kind, string? assignee, string? completedBy) => PendingStep.Restore(
        Guid.NewGuid(), kind, "auditor", new DateOnly(2025, 8, 1), assigneeId: assignee, completedBy: completedBy,
        status: completedBy is null ? StepStatus.Open : StepStatus.Completed);

    private static CertificationCase NewCase(params PendingStep[] steps) => RestoredCases.Tel("TEL-2025-0007", new DateOnly(2025, 8, 1), steps);
}
