namespace TeamsCert.Domain.AuditTeams;

/// <summary>A person's place on one audit team; <paramref name="SupervisorId"/> is the supervising auditor of a technical expert.</summary>
public sealed record AuditTeamMember(string PersonId, TeamRole Role, string? SupervisorId = null);
