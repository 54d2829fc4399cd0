namespace TeamsCert.Domain.Certificates;

/// <summary>A-34: "有条件批准" (000/003 §6.3.2) does not say whether the certificate comes before or after the corrections.</summary>
public enum A34ConditionalApprovalPolicy
{
    /// <summary>Default: no certificate until the corrections are verified.</summary>
    IssueAfterVerification,

    /// <summary>Issue at once; corrections are followed up afterwards.</summary>
    IssueImmediately,
}
