namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>One line of a certificate's scope history: date, scope before and after, reason, by whom (002 §9.6.6; 004 §5.10.6).</summary>
public sealed class ScopeChangeFacts
{
    public required DateOnly On { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string Reason { get; init; }

    public required string By { get; init; }
}
