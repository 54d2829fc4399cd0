namespace TeamsCert.Domain.Schemes;

/// <summary>A role the scheme names (application reviewer, team leader, decision maker…), with its seed section.</summary>
public sealed record RoleDefinition(string Code, LocalizedText Label, string Source);
