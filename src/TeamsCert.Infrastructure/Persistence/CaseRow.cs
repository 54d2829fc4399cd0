namespace TeamsCert.Infrastructure.Persistence;

/// <summary>A certification case as stored; <see cref="Version"/> is the optimistic-concurrency token.</summary>
public sealed class CaseRow
{
    public Guid Id { get; set; }

    public string Number { get; set; } = "";

    public string Scheme { get; set; } = "";

    public string RuleSetVersion { get; set; } = "";

    public string Organization { get; set; } = "";

    public string? OrganizationCode { get; set; }

    public int Personnel { get; set; }

    public int Sites { get; set; }

    public string Scope { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Stage { get; set; } = "";

    public int Version { get; set; }

    /// <summary>Clock pauses (A-06, deficiency notices) as JSON: small, always read with the case.</summary>
    public string PausesJson { get; set; } = "[]";

    public string MissingMaterialsJson { get; set; } = "[]";

    /// <summary>The cycle's facts (programme, team, audits, decision, certificate, surveillance) as JSON.</summary>
    public string FactsJson { get; set; } = "{}";

    /// <summary>Certificate number, year and sequence copied out of the facts: unique per scheme and year, and queryable.</summary>
    public string? CertificateNumber { get; set; }

    public int? CertificateYear { get; set; }

    public int? CertificateSequence { get; set; }

    public List<StepRow> Steps { get; set; } = [];
}
