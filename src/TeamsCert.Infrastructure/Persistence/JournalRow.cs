namespace TeamsCert.Infrastructure.Persistence;

/// <summary>One append-only journal entry; <see cref="Hash"/> chains it to the entry before it in the same case.</summary>
public sealed class JournalRow
{
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public int Sequence { get; set; }

    public string Type { get; set; } = "";

    public string ActorId { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    public string? RuleId { get; set; }

    public string DataJson { get; set; } = "{}";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
