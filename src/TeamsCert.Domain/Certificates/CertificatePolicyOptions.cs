namespace TeamsCert.Domain.Certificates;

/// <summary>Policy switches for certificate rules (rules reference §3); the defaults are the product decisions.</summary>
public sealed record CertificatePolicyOptions
{
    public static CertificatePolicyOptions Default { get; } = new();

    /// <summary>A-30: revoke (default) or cancel for the LS/CC9 triggers listed in both §7.4.3 and §8.2.2.</summary>
    public A30TerminationPolicy A30 { get; init; } = A30TerminationPolicy.Revoke;

    /// <summary>A-31: suspended → cancelled on the holder's request; allowed and logged by default.</summary>
    public A31SuspendedCancellationPolicy A31 { get; init; } = A31SuspendedCancellationPolicy.AllowedAndLogged;

    /// <summary>A-34: certificate only after verified corrections (default) on a conditional approval.</summary>
    public A34ConditionalApprovalPolicy A34 { get; init; } = A34ConditionalApprovalPolicy.IssueAfterVerification;
}
