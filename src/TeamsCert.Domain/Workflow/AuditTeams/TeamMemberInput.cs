using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow.AuditTeams;

/// <summary>One entry of <c>data.team</c>: <c>{"id":"…","role":"teamLeader|auditor|technicalExpert","supervisor":"…"}</c>.</summary>
public sealed record TeamMemberInput(string Id, TeamRole Role, string? Supervisor = null);
