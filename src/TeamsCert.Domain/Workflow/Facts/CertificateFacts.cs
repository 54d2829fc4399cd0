using System.Text.Json.Serialization;

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

    [JsonInclude]
    public CertificateState State { get; internal set; }

    /// <summary>While suspended: the latest end of the suspension (TEL-D07, AS-D09, A-11); null when exempt (AS-D09 licence case).</summary>
    [JsonInclude]
    public DateOnly? SuspendedUntil { get; internal set; }

    [JsonIgnore]
    public IReadOnlyList<StatusChangeFacts> History => HistoryList;

    [JsonInclude]
    [JsonPropertyName("history")]
    internal List<StatusChangeFacts> HistoryList { get; init; } = [];

    /// <summary>The certified scope after any reduction; null until first reduced (then the case's scope applies).</summary>
    [JsonInclude]
    public string? Scope { get; internal set; }

    /// <summary>Scope reductions (002 §9.6.6; 004 §5.10.6): an attribute change, not a state.</summary>
    [JsonIgnore]
    public IReadOnlyList<ScopeChangeFacts> ScopeHistory => ScopeHistoryList;

    [JsonInclude]
    [JsonPropertyName("scopeHistory")]
    internal List<ScopeChangeFacts> ScopeHistoryList { get; init; } = [];
}
