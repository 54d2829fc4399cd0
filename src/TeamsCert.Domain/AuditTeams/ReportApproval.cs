namespace TeamsCert.Domain.AuditTeams;

/// <summary>One approval of an audit report.</summary>
public sealed record ReportApproval(ReportApprovalRole Role, string PersonId, DateOnly ApprovedOn);
