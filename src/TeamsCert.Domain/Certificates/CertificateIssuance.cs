namespace TeamsCert.Domain.Certificates;

/// <summary>Whether a decision allows a certificate to be issued now.</summary>
public static class CertificateIssuance
{
    /// <exception cref="RuleViolationException">CERT-I01: refused, or conditionally approved with unverified corrections .</exception>
    public static void EnsureIssuable(CertificationDecisionOutcome outcome, bool correctionsVerified, CertificatePolicyOptions? options = null)
    {
        options ??= CertificatePolicyOptions.Default;
        if (outcome == CertificationDecisionOutcome.Refused)
        {
            throw new RuleViolationException(CertificateRuleIds.NotIssuable,
                "不予批准认证，不颁发证书（000 §6.3.2(3)；002 §9.1.9 c；004 §5.5.2.2）/ A refused application gets no certificate.",
                "outcome");
        }

        if (outcome == CertificationDecisionOutcome.ConditionallyApproved && !correctionsVerified
            && options.A34 == A34ConditionalApprovalPolicy.IssueAfterVerification)
        {
            throw new RuleViolationException(CertificateRuleIds.NotIssuable,
                "有条件批准：整改验证完成前不颁发证书（000 §6.3.2(2)；A-34）/ Conditional approval: no certificate until the corrections are verified (A-34).",
                "correctionsVerified");
        }
    }
}
