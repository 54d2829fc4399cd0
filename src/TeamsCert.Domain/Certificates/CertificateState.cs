namespace TeamsCert.Domain.Certificates;

/// <summary>
/// Status of a certificate (rules reference §2.9). Scope reduction is an attribute change, not a state.
/// the status moves only through decision events (transition triggers); a nonconformity grade is an input
/// to such a decision, never a status of its own.
/// </summary>
public enum CertificateState
{
    /// <summary>有效.</summary>
    Valid,

    /// <summary>暂停: temporarily invalid.</summary>
    Suspended,

    /// <summary>撤销 (withdrawn): terminal, the number is void.</summary>
    Revoked,

    /// <summary>注销: terminal.</summary>
    Cancelled,

    /// <summary>Validity ended without recertification (TEL, AS); terminal except a scheme-listed move to Cancelled.</summary>
    Expired,
}
