using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Decisions;
using TeamsCert.Domain.Workflow.Findings;
using TeamsCert.Domain.Workflow.Programmes;
using TeamsCert.Domain.Workflow.Recertification;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Links;

/// <summary>
/// Which open step of a case a shared-link purpose serves (our stable rule id <c>LINK-PURPOSE</c>):
/// application-form ↔ an open application-form step (an invitation to apply) or an open recertification-application; documents ↔ an open applicant-documents (deficiency notice) or supply-information
/// step; corrective-actions ↔ an open corrective-actions step; plan-acknowledgement ↔ an open plan-acknowledgement or
/// surveillance-plan-acknowledgement step; programme-confirmation ↔ an open programme-confirmation step.
/// </summary>
public static class LinkPurposeRules
{
    public const string RuleId = "LINK-PURPOSE";

    private static readonly Dictionary<string, string[]> _stepKinds = new(StringComparer.Ordinal)
    {
        [SharedLinkPurposes.ApplicationForm] = [ApplicationFormHandler.StepKind, RecertificationApplicationHandler.StepKind],
        [SharedLinkPurposes.Documents] = [ApplicantDocumentsHandler.StepKind, SupplyInformationHandler.StepKind],
        [SharedLinkPurposes.CorrectiveActions] = [CorrectiveActionsHandler.StepKind],
        [SharedLinkPurposes.PlanAcknowledgement] = [PlanAcknowledgementHandler.StepKind, SurveillanceAuditPlanHandler.AcknowledgementKind],
        [SharedLinkPurposes.ProgrammeConfirmation] = [ProgrammeConfirmationHandler.StepKind],
    };

    private static readonly Dictionary<string, string> _needs = new(StringComparer.Ordinal)
    {
        [SharedLinkPurposes.ApplicationForm] = "待申请人填写的申请书 / an application form awaiting the applicant",
        [SharedLinkPurposes.Documents] = "待申请人补交的材料（缺件通知） / documents owed after a deficiency notice",
        [SharedLinkPurposes.CorrectiveActions] = "待提交的纠正措施 / corrective actions to submit",
        [SharedLinkPurposes.PlanAcknowledgement] = "待确认的审核计划 / an audit plan to acknowledge",
        [SharedLinkPurposes.ProgrammeConfirmation] = "待确认的审核方案 / an audit programme to confirm",
    };

    /// <summary>The step kinds that a purpose serves.</summary>
    public static IReadOnlyList<string> StepKinds(string purpose) => _stepKinds[purpose];

    /// <summary>The open step the purpose serves, or null when the case's state has no use for it.</summary>
    public static PendingStep? StepFor(CertificationCase @case, string purpose)
    {
        return _stepKinds[purpose].Select(@case.OpenStep).FirstOrDefault(s => s is not null);
    }

    /// <summary>The open step the purpose serves; refuses with <c>LINK-PURPOSE</c> and the reason when there is none.</summary>
    public static PendingStep Require(CertificationCase @case, string purpose) =>
        StepFor(@case, purpose) ?? throw new RuleViolationException(RuleId,
            $"{RuleId}：案件 {@case.Number} 当前没有{_needs[purpose].Split(" / ")[0]}，不能创建这种用途的链接 / "
            + $"{RuleId}: case {@case.Number} has no {_needs[purpose].Split(" / ")[1]} now, so a link for this purpose has no use",
            "purpose");
}
