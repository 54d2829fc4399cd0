namespace TeamsCert.Domain.Certificates;

/// <summary>Parts of a new certificate number; which ones are used depends on the scheme's template.</summary>
/// <param name="Year">Year of issue, 2000–2099.</param>
/// <param name="Sequence">Issue sequence, from 1, within the width of <c>{seq:N}</c>.</param>
/// <param name="FieldCode">Certification field code, required when the template has <c>{field}</c>.</param>
/// <param name="Cycle">0 for initial certification, 1 for the first recertification, … (AS R0, R1, …).</param>
/// <param name="Site">Sub-certificate number for a further site (-1, -2, …), or null for the main certificate.</param>
public sealed record CertificateNumberRequest(int Year, int Sequence, string? FieldCode = null, int Cycle = 0, int? Site = null);
