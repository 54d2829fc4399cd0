namespace TeamsCert.Domain.AuditTeams;

/// <summary>How a team-rule breach affects the team.</summary>
public enum RuleBreachSeverity
{
    /// <summary>The team cannot be used as it is.</summary>
    Error,

    /// <summary>Something to record or take care of; does not block.</summary>
    Warning,
}
