using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>
/// What entering a state means for the holder and the public register, JSON <c>$.certificate.stateEffects[i]</c>.
/// Validation holds every scheme to the invariants: only a valid certificate and mark may be used, and the number
/// is void exactly when the certificate is revoked (002 §10.3.5; 004 §6.2.4).
/// </summary>
public sealed record CertificateStateEffects : IValidatableRuleData
{
    public CertificateState? State { get; init; }

    public bool CertificateUsable { get; init; }

    public bool MarkUseAllowed { get; init; }

    public bool NumberVoided { get; init; }

    /// <summary>Website notice (and for AS a report to CNCA) is required, e.g. under <c>AS-D12</c>.</summary>
    public bool PublicationRequired { get; init; }

    public string? PublicationRuleId { get; init; }

    public string Source { get; init; } = "";

    /// <summary>Effects implied by the invariants alone, for callers that have no scheme data at hand.</summary>
    public static CertificateStateEffects DefaultFor(CertificateState state) => new()
    {
        State = state,
        CertificateUsable = state == CertificateState.Valid,
        MarkUseAllowed = state == CertificateState.Valid,
        NumberVoided = state == CertificateState.Revoked,
        PublicationRequired = true,
        Source = "TeamsCert invariants (no scheme data)",
    };

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
        validation.Require(PublicationRuleId is null || RuleDataText.IsRuleId(PublicationRuleId),
            $"{jsonPath}.publicationRuleId", "must be a rule id such as 'AS-D12'");
        validation.Require(PublicationRuleId is null || PublicationRequired, $"{jsonPath}.publicationRequired",
            "must be true when a publication rule id is given");
        if (!validation.Require(State is not null, $"{jsonPath}.state", "is required"))
        {
            return;
        }

        var valid = State == CertificateState.Valid;
        validation.Require(CertificateUsable == valid, $"{jsonPath}.certificateUsable",
            valid ? "a valid certificate must be usable" : "only a valid certificate may be used (002 §9.6.4; 004 §5.10.2.3)");
        validation.Require(MarkUseAllowed == valid, $"{jsonPath}.markUseAllowed",
            valid ? "mark use must be allowed while valid" : "mark use is withdrawn outside validity (002 §10.4; 004 §6.3)");
        var revoked = State == CertificateState.Revoked;
        validation.Require(NumberVoided == revoked, $"{jsonPath}.numberVoided",
            revoked ? "a revoked number is void (004 §6.2.4; 002 §10.3.5)" : "only revocation voids the number");
    }
}
