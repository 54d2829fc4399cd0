using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// An idempotency key and what it stands for: one action by one person on one step of one case. The same key with the
/// same meaning is a replay; with anything else it is refused (<see cref="IdempotencyKeyReusedException"/>).
/// </summary>
public sealed record IdempotencyClaim(string Key, Guid CaseId, Guid StepId, string ActorId, string Action)
{
    public bool Matches(IdempotencyRow used)
    {
        ArgumentNullException.ThrowIfNull(used);
        return used.CaseId == CaseId && used.StepId == StepId && used.Action == Action
            && string.Equals(used.ActorId, ActorId, StringComparison.OrdinalIgnoreCase);
    }

    public IdempotencyRow ToRow(DateTimeOffset now) => new()
    {
        Key = Key,
        CaseId = CaseId,
        StepId = StepId,
        ActorId = ActorId,
        Action = Action,
        CreatedAt = now.ToUniversalTime(),
    };
}
