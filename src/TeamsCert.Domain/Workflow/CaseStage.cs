namespace TeamsCert.Domain.Workflow;

/// <summary>Where a certification case stands in its cycle.</summary>
public enum CaseStage
{
    ApplicationReview,
    AwaitingApplicant,
    AuditProgramme,
    Refused,
    TeamAssignment,
    AuditPlanning,
    Auditing,
    CorrectiveAction,
    ReportApproval,
    Decision,
    Notification,
    Certified,

    /// <summary>The certificate was revoked or cancelled: the case is over.</summary>
    Closed,
}
