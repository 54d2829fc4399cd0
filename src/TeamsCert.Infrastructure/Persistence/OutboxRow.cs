namespace TeamsCert.Infrastructure.Persistence;

/// <summary>An outbound message saved in the same transaction as the change that caused it, delivered at least once.</summary>
public sealed class OutboxRow
{
    public Guid Id { get; set; }

    /// <summary>Unique; the receiving side uses it to drop duplicates, so redelivery after a crash is harmless.</summary>
    public string IdempotencyKey { get; set; } = "";

    public Guid CaseId { get; set; }

    public string Kind { get; set; } = "";

    public string Recipient { get; set; } = "";

    public string DataJson { get; set; } = "{}";

    public long CreatedAtMs { get; set; }

    public string Status { get; set; } = OutboxStatus.Pending;

    public int Attempts { get; set; }

    public long NextAttemptMs { get; set; }

    public long? SentAtMs { get; set; }

    public string? LastError { get; set; }
}
