namespace TeamsCert.Domain.AuditTime;

/// <summary>The audit of the certification cycle that time is planned (or a score is given) for.</summary>
public enum AuditKind
{
    Initial,
    Surveillance,
    Recertification,
}
