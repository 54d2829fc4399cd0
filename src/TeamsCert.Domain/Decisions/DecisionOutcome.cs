namespace TeamsCert.Domain.Decisions;

/// <summary>One outcome a decision maker may choose, for the audit kinds it applies to (rules reference §2.7).</summary>
public sealed record DecisionOutcome
{
    public static readonly IReadOnlySet<string> KnownAuditKinds =
        new HashSet<string>(["initial", "surveillance", "recertification"], StringComparer.Ordinal);

    public required string Code { get; init; }

    public required OutcomeEffect Effect { get; init; }

    public required IReadOnlyList<string> AuditKinds { get; init; }

    public required LocalizedText Label { get; init; }

    /// <summary>Written reasons are compulsory (e.g. 002 §9.1.9 c, 004 §5.5.2.2).</summary>
    public bool RequiresReasons { get; init; }

    public bool PausesClock { get; init; }

    public required string Source { get; init; }
}
