namespace TeamsCert.Domain.Workflow;

/// <summary>
/// One fact to append to a case's journal: what happened, who did it, when, why, under which rule, with its data.
/// The journal is append-only and hash-chained when stored.
/// </summary>
public sealed record JournalEvent(
    string Type,
    string ActorId,
    DateTimeOffset At,
    string? Reason,
    string? RuleId,
    IReadOnlyDictionary<string, string> Data);
