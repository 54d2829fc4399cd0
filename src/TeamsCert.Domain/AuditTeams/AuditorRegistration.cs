namespace TeamsCert.Domain.AuditTeams;

/// <summary>A service-certification auditor registration (服务认证审查员注册资格) with its validity.</summary>
public sealed record AuditorRegistration(string Number, DateOnly ValidFrom, DateOnly ValidUntil)
{
    public bool Covers(DateOnly firstDay, DateOnly lastDay) => ValidFrom <= firstDay && lastDay <= ValidUntil;
}
