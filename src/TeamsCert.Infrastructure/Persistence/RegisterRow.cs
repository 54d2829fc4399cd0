namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// One certificate ever issued, as the public register shows it (000 §8.4; 004 §5.10.5; 000 App. B.1/B.3): a read model
/// rebuilt from the case's facts in the same transaction as every change of the case.
/// </summary>
public sealed class RegisterRow
{
    /// <summary>The certificate number (canonical, upper case); unique.</summary>
    public string Number { get; set; } = "";

    public string DisplayNumber { get; set; } = "";

    public Guid CaseId { get; set; }

    public string Scheme { get; set; } = "";

    /// <summary>The rule set's name (zh-CN / en) or the scheme code when the rule set is not loaded.</summary>
    public string SchemeName { get; set; } = "";

    /// <summary>The certification basis (standard) of the rule set, or the scheme code.</summary>
    public string Standard { get; set; } = "";

    public string Organization { get; set; } = "";

    /// <summary>The organisation's name trimmed and lower-cased (invariant), searched with LIKE.</summary>
    public string OrganizationSearch { get; set; } = "";

    public string Scope { get; set; } = "";

    public string? Grade { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly ExpiresOn { get; set; }

    /// <summary>The recorded state's code (valid, suspended, revoked, cancelled, expired).</summary>
    public string Status { get; set; } = "";

    /// <summary>The status log as JSON: [{date, from, to, reason}], oldest first; who changed it is not public.</summary>
    public string HistoryJson { get; set; } = "[]";

    public DateTimeOffset UpdatedAt { get; set; }
}
