namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// One line of the audit-time justification kept on record (ISO/IEC 17021-1 9.9 / IAF MD 5).
/// <see cref="Step"/> is one of <see cref="JustificationStepCodes"/>; <see cref="Source"/> a seed section or rule id.
/// </summary>
public sealed record JustificationStep(string Step, string Source, LocalizedText Description, decimal? Value);
