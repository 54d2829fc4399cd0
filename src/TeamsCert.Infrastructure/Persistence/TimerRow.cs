namespace TeamsCert.Infrastructure.Persistence;

/// <summary>A deadline timer derived from a step's due date; fired once by whichever node claims it.</summary>
public sealed class TimerRow
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid StepId { get; set; }

    public string Kind { get; set; } = "";

    public string? RuleId { get; set; }

    /// <summary>UTC milliseconds since 1970, so every provider can compare and index it.</summary>
    public long FireAtMs { get; set; }

    public string Status { get; set; } = TimerStatus.Pending;

    public string? ClaimedBy { get; set; }

    public long? ClaimedUntilMs { get; set; }

    public long? FiredAtMs { get; set; }
}
