namespace TeamsCert.Domain.Certificates;

/// <summary>
/// Stable rule ids for certificate rules that the rules reference does not number; each refusal message also
/// cites the seed section behind it.
/// </summary>
public static class CertificateRuleIds
{
    /// <summary>The scheme lists no transition between the two states.</summary>
    public const string TransitionNotAllowed = "CERT-T01";

    /// <summary>The transition exists, but not for this trigger (or a policy switch turns the trigger off).</summary>
    public const string TriggerNotAllowed = "CERT-T02";

    /// <summary>
    /// Invariant for every scheme, whatever its data says: Revoked and Cancelled are terminal, Expired may only
    /// move to Cancelled, and no state moves to itself.
    /// </summary>
    public const string TerminalState = "CERT-T03";

    /// <summary>A revoked number is void forever (004 §6.2.4; 002 §10.3.5).</summary>
    public const string NumberVoided = "CERT-N01";

    /// <summary>A reissue keeps number and validity, so it can only happen within the validity (004 §6.2.3; 002 §10.3.4).</summary>
    public const string ReissueOutsideValidity = "CERT-N02";

    /// <summary>Only a Valid or Suspended certificate's scope can be reduced (002 §9.6.6; 004 §5.10.6).</summary>
    public const string ScopeNotReducible = "CERT-S01";

    /// <summary>A reduction must leave part of the scope; removing all of it is a revocation or cancellation (002 §9.6.6).</summary>
    public const string ScopeWouldBeEmpty = "CERT-S02";

    /// <summary>No certificate for a refused application, nor before corrections are verified .</summary>
    public const string NotIssuable = "CERT-I01";
}
