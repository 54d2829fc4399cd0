namespace TeamsCert.Domain.AuditTeams;

/// <summary>A team rule the proposal breaks; <paramref name="PersonId"/> names the person concerned, if any.</summary>
public sealed record RuleBreach(string RuleId, RuleBreachSeverity Severity, string? PersonId, LocalizedText Message);
