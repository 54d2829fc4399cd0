namespace TeamsCert.Domain.Certificates;

/// <summary>A certificate number in canonical (no spaces) and display form, with its parts.</summary>
/// <param name="BaseNumber">
/// the number without cycle suffix and sub-certificate, i.e. the stable id of the certification.
/// </param>
/// <param name="Cycle">Null when the scheme's template has no <c>{cycle}</c>.</param>
public sealed record CertificateNumber(
    string Canonical,
    string Display,
    string BaseNumber,
    int Year,
    string? FieldCode,
    int Sequence,
    int? Cycle,
    int? Site)
{
    public override string ToString() => Canonical;
}
