namespace TeamsCert.Infrastructure.Persistence;

/// <summary>An action already applied: a retry with the same key returns the case instead of acting twice.</summary>
public sealed class IdempotencyRow
{
    public string Key { get; set; } = "";

    public Guid CaseId { get; set; }

    public Guid StepId { get; set; }

    public string ActorId { get; set; } = "";

    public string Action { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
