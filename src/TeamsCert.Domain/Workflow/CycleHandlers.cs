using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.Certificates;
using TeamsCert.Domain.Workflow.Decisions;
using TeamsCert.Domain.Workflow.Findings;
using TeamsCert.Domain.Workflow.Information;
using TeamsCert.Domain.Workflow.Programmes;
using TeamsCert.Domain.Workflow.Recertification;
using TeamsCert.Domain.Workflow.SpecialAudits;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow;

/// <summary>The handlers of the certification cycle after the application is accepted, in cycle order.</summary>
public static class CycleHandlers
{
    public static IEnumerable<IStepHandler> All() =>
    [
        new AuditProgrammeHandler(), new ProgrammeConfirmationHandler(), new ContractHandler(),
        new TeamAssignmentHandler(), new TeamAcceptanceHandler(),
        new AuditPlanHandler(), new PlanAcknowledgementHandler(), new MysteryShoppingHandler(),
        new Stage1AuditHandler(), new Stage2AuditHandler(),
        new CorrectiveActionsHandler(), new CorrectiveActionVerificationHandler(),
        new ReportApprovalHandler(), new CommitteeApprovalHandler(),
        new CertificationDecisionHandler(), new SupplyInformationHandler(),
        new DecisionNotificationHandler(), new SurveillanceAuditHandler(), new SurveillanceDecisionHandler(),
        new SurveillanceTeamAssignmentHandler(), new SurveillanceTeamAcceptanceHandler(),
        new SurveillanceAuditPlanHandler(), new SurveillancePlanAcknowledgementHandler(),
        new CertificateStatusHandler(), new StatusPublicationHandler(), new CertificateExpiryHandler(),
        new RecertificationApplicationHandler(),
        new SpecialAuditHandler(), new SpecialAuditDecisionHandler(), new MisuseCorrectionHandler(),
        new InformationAnalysisHandler(),
    ];
}
