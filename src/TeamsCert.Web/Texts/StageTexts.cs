using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Texts;

/// <summary>Names of the case stages (<see cref="CaseStage"/>).</summary>
public static class StageTexts
{
    private static readonly Dictionary<CaseStage, LocalizedText> _all = new()
    {
        [CaseStage.ApplicationReview] = new("申请评审", "Application review"),
        [CaseStage.AwaitingApplicant] = new("等待申请方", "Awaiting the applicant"),
        [CaseStage.AuditProgramme] = new("审核方案", "Audit programme"),
        [CaseStage.Refused] = new("不予受理", "Refused"),
        [CaseStage.TeamAssignment] = new("组建审核组", "Team assignment"),
        [CaseStage.AuditPlanning] = new("审核策划", "Audit planning"),
        [CaseStage.Auditing] = new("审核中", "Auditing"),
        [CaseStage.CorrectiveAction] = new("纠正措施", "Corrective action"),
        [CaseStage.ReportApproval] = new("报告批准", "Report approval"),
        [CaseStage.Decision] = new("认证决定", "Decision"),
        [CaseStage.Notification] = new("决定通知", "Notification"),
        [CaseStage.Certified] = new("已获证", "Certified"),
        [CaseStage.Closed] = new("已结案", "Closed"),
    };

    public static LocalizedText For(CaseStage stage) => _all.TryGetValue(stage, out var text) ? text : new(stage.ToString(), stage.ToString());
}
