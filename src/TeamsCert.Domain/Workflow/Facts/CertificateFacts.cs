using TeamsCert.Domain.Certificates;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The certificate as issued and its status history (000 App. B.3), read by the public register.</summary>
public sealed class CertificateFacts
{
    public required string Number { get; init; }

    public required string DisplayNumber { get; init; }

    /// <summary>The sequence in the number, unique per scheme and year of issue.</summary>
    public required int Sequence { get; init; }

    public required DateOnly IssuedOn { get; init; }

    /// <summary>Start of validity when it is not the issue date: a recertification runs on from the old expiry (continuity).</summary>
    public DateOnly? ValidFrom { get; init; }

    public required DateOnly ExpiresOn { get; init; }

    public string? Grade { get; init; }

    public CertificateState State { get; set; }

    /// <summary>While suspended: the latest end of the suspension (TEL-D07, AS-D09, A-11); null when exempt (AS-D09 licence case).</summary>
    public DateOnly? SuspendedUntil { get; set; }

    public List<StatusChangeFacts> History { get; init; } = [];

    /// <summary>The certified scope after any reduction; null until first reduced (then the case's scope applies).</summary>
    public string? Scope { get; set; }

    /// <summary>Scope reductions (002 §9.6.6; 004 §5.10.6): an attribute change, not a state.</summary>
    public List<ScopeChangeFacts> ScopeHistory { get; init; } = [];
}
