namespace TeamsCert.Domain.AuditTeams;

/// <summary>The team of one audit in a certification step (stage 1, stage 2, a surveillance …).</summary>
public sealed record AuditTeam(string AuditId, DateOnly StartDate, IReadOnlyList<AuditTeamMember> Members)
{
    public DateOnly? EndDate { get; init; }

    public DateOnly LastDay => EndDate ?? StartDate;

    /// <summary>People who do the mystery shopping (暗访) for this audit.</summary>
    public IReadOnlyList<string> MysteryShopperIds { get; init; } = [];

    /// <summary>Announced at short notice (002 §9.4.2; 004 §5.9.2): the client cannot object to the team.</summary>
    public bool IsShortNotice { get; init; }

    /// <summary>Record of the extra care taken in choosing a short-notice team (TEL-R04).</summary>
    public string? ExtraCareRecord { get; init; }

    /// <summary>Report approvals; null while the report is not yet submitted (LS-R02 is then not checked).</summary>
    public IReadOnlyList<ReportApproval>? ReportApprovals { get; init; }
}
