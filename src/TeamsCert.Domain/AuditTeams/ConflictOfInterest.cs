namespace TeamsCert.Domain.AuditTeams;

/// <summary>A declared interest of a person in an organisation (consultancy, employment, family, shares …).</summary>
public sealed record ConflictOfInterest(string PersonId, string OrganisationId, string Reason, DateOnly DeclaredOn);
