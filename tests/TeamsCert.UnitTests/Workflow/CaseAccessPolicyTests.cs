using TeamsCert.Domain.Teams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>DOC-ACCESS: case-wide roles see every case; anyone else only a case they are or were part of.</summary>
public class CaseAccessPolicyTests
{
    private const string Me = "auditor@cb.example";

    [Theory]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.ProgrammeManager)]
    [InlineData(StaffRoles.ApplicationReviewer)]
    [InlineData(StaffRoles.TechnicalCommittee)]
    [InlineData(StaffRoles.DecisionMaker)]
    public void MayAccess_CaseWideRole_EveryCase(string role) =>
        Assert.True(CaseAccessPolicy.MayAccess(NewCase(), Staff(role)));

    [Theory]
    [InlineData("auditor")]
    [InlineData("teamLeader")]
    [InlineData("technicalExpert")]
    [InlineData("mysteryShopper")]
    [InlineData(StaffRoles.Applicant)]
    public void MayAccess_OtherRoleNotInvolved_Refused(string role) =>
        Assert.False(CaseAccessPolicy.MayAccess(NewCase(), Staff(role)));

    [Theory]
    [InlineData(TeamMemberStatus.Proposed)]
    [InlineData(TeamMemberStatus.Accepted)]
    public void MayAccess_OnInitialTeam_Allowed(TeamMemberStatus status)
    {
        var @case = NewCase();
        @case.Facts.Team.Add(Member(Me, status));

        Assert.True(CaseAccessPolicy.MayAccess(@case, Staff("auditor")));
    }

    [Fact]
    public void MayAccess_RemovedFromTeamAndAnsweredItsAcceptance_Refused()
    {
        var @case = NewCase();
        @case.Facts.Team.Add(Member(Me, TeamMemberStatus.Removed));
        @case.Steps.Add(Step("team-acceptance", assignee: Me, completedBy: Me));

        Assert.False(CaseAccessPolicy.MayAccess(@case, Staff("auditor")));
    }

    [Fact]
    public void MayAccess_OnAnEarlierSurveillanceTeam_Allowed()
    {
        var @case = NewCase();
        var surveillance = new SurveillanceFacts { Number = 1, DueOn = new DateOnly(2026, 9, 1), RuleId = "TEL-D05" };
        surveillance.Team.Add(Member(Me, TeamMemberStatus.Accepted));
        @case.Facts.Surveillances.Add(surveillance);

        Assert.True(CaseAccessPolicy.MayAccess(@case, Staff("auditor")));
    }

    [Fact]
    public void MayAccess_TheCasesMysteryShopper_Allowed()
    {
        var @case = NewCase();
        @case.Facts.MysteryShopperId = Me;

        Assert.True(CaseAccessPolicy.MayAccess(@case, Staff("mysteryShopper")));
    }

    [Theory]
    [InlineData(Me, null)]
    [InlineData(null, Me)]
    public void MayAccess_HoldsOrHeldAStep_Allowed(string? assignee, string? completedBy)
    {
        var @case = NewCase();
        @case.Steps.Add(Step("stage2-audit", assignee, completedBy));

        Assert.True(CaseAccessPolicy.MayAccess(@case, Staff("technicalExpert")));
    }

    [Fact]
    public void MayAccess_SomeoneElseOnTheTeam_Refused()
    {
        var @case = NewCase();
        @case.Facts.Team.Add(Member("leader@cb.example", TeamMemberStatus.Accepted));
        @case.Steps.Add(Step("stage1-audit", "leader@cb.example", null));

        Assert.False(CaseAccessPolicy.MayAccess(@case, Staff("auditor")));
    }

    [Fact]
    public void Ensure_NotInvolved_ThrowsDocAccessNamingTheCaseNumberZhFirst()
    {
        var error = Assert.Throws<ActorNotAllowedException>(() => CaseAccessPolicy.Ensure(NewCase(), Staff("auditor")));

        Assert.Equal("DOC-ACCESS", error.RuleId);
        Assert.Contains("TEL-2025-0007", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.IndexOf("案件", StringComparison.Ordinal) < error.Message.IndexOf("case", StringComparison.Ordinal));
    }

    [Fact]
    public void Ensure_OnTheTeam_DoesNotThrow()
    {
        var @case = NewCase();
        @case.Facts.Team.Add(Member(Me, TeamMemberStatus.Accepted));

        var error = Record.Exception(() => CaseAccessPolicy.Ensure(@case, Staff("auditor")));

        Assert.Null(error);
    }

    private static Actor Staff(string role) => new(Me, Me, new HashSet<string>([role], StringComparer.Ordinal));

    private static TeamMemberFacts Member(string id, TeamMemberStatus status) => new() { PersonId = id, Role = TeamRole.Auditor, Status = status };

    private static PendingStep Step(string kind, string? assignee, string? completedBy) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Role = "auditor",
        OpenedOn = new DateOnly(2025, 8, 1),
        AssigneeId = assignee,
        CompletedBy = completedBy,
        Status = completedBy is null ? StepStatus.Open : StepStatus.Completed,
    };

    private static CertificationCase NewCase() => new()
    {
        Id = Guid.NewGuid(),
        Number = "TEL-2025-0007",
        Scheme = "TEL",
        RuleSetVersion = "1",
        Organization = "北京示例呼叫中心有限公司",
        Personnel = 120,
        Sites = 2,
        Scope = "呼叫中心客户服务",
        ReceivedOn = new DateOnly(2025, 8, 1),
        CreatedAt = new DateTimeOffset(2025, 8, 1, 10, 0, 0, TimeSpan.FromHours(8)),
    };
}
