namespace TeamsCert.Domain.Certificates;

/// <summary>Outcome of an initial certification decision as far as issuing a certificate is concerned.</summary>
public enum CertificationDecisionOutcome
{
    /// <summary>批准认证 / 同意认证注册 / 通过认证.</summary>
    Approved,

    /// <summary>有条件批准认证 (000/003 §6.3.2(2)): approve after corrections within a set time.</summary>
    ConditionallyApproved,

    /// <summary>不予批准 / 不同意注册 / 不通过.</summary>
    Refused,
}
