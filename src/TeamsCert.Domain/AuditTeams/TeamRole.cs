namespace TeamsCert.Domain.AuditTeams;

/// <summary>Role on an audit team.</summary>
public enum TeamRole
{
    /// <summary>审查组长 (TEL-R06).</summary>
    TeamLeader,

    /// <summary>审查员.</summary>
    Auditor,

    /// <summary>技术专家: advises under an auditor's supervision, never audits (TEL-R03, AS-R03).</summary>
    TechnicalExpert,
}
