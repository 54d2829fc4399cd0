namespace TeamsCert.Domain.AuditTeams;

/// <summary>Who approves an audit report under LS-R02 / CC9-R02 (000 §6.2.3.3).</summary>
public enum ReportApprovalRole
{
    /// <summary>审核组长.</summary>
    TeamLeader,

    /// <summary>技术委员会.</summary>
    TechnicalCommittee,
}
