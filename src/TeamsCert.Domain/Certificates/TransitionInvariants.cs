namespace TeamsCert.Domain.Certificates;

// Checked in code for every scheme so that no rule-data file can reopen a closed certificate (CERT-T03).
internal static class TransitionInvariants
{
    public static LocalizedText? Breach(CertificateState from, CertificateState to) => (from, to) switch
    {
        _ when from == to => new(
            "证书状态不能转换为其自身",
            "A certificate cannot move to the state it is already in"),
        (CertificateState.Revoked, _) => new(
            "撤销为终态：原证书编号废止，不能恢复或变更（002 §10.3.5；004 §6.2.4）",
            "Revoked is terminal: the number is void and the certificate cannot be restored (002 §10.3.5; 004 §6.2.4)"),
        (CertificateState.Cancelled, _) => new(
            "注销为终态：须重新申请认证（000 §8.2.3；004 §5.10.4）",
            "Cancelled is terminal: a new application is needed (000 §8.2.3; 004 §5.10.4)"),
        (CertificateState.Expired, not CertificateState.Cancelled) => new(
            "过期证书只能注销，不能恢复；须重新认证（004 §5.10.4.1(2)）",
            "An expired certificate can only be cancelled, never restored; certify again (004 §5.10.4.1(2))"),
        _ => null,
    };
}
