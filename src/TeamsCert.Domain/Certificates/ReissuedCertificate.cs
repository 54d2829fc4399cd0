namespace TeamsCert.Domain.Certificates;

/// <summary>A certificate reissued within its validity: same number and validity, plus the reissue date it must state.</summary>
public sealed record ReissuedCertificate(CertificateNumber Number, DateOnly ValidFrom, DateOnly ValidUntil, DateOnly ReissueDate);
