namespace TeamsCert.Domain.AuditTime;

/// <summary>What audit time is wanted for: the audit kind, the effective personnel (≥ 1) and the number of sites (≥ 1).</summary>
public sealed record AuditTimeRequest(AuditKind Kind, int EffectivePersonnel, int Sites = 1);
