using System.Globalization;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Certificates;

/// <summary>
/// The grade a certificate shows in the public register: the TEL star level or the AS band recorded on the certificate
/// (§2.6.3, §2.6.4), else for LS/CC9 the composite result of the score in force (§2.6.1, §2.6.2; 000 §7.2).
/// </summary>
public static class CertificateGradeText
{
    /// <summary>
    /// <paramref name="score"/> is the case's current score and only counts for the case's current certificate; a
    /// replaced certificate shows only what was recorded on it.
    /// </summary>
    public static string? For(CertificateFacts certificate, ScoreFacts? score, bool current)
    {
        if (!string.IsNullOrWhiteSpace(certificate.Grade))
        {
            return certificate.Grade;
        }

        return current && score is { Model: "composite", Value: { } value } ? Composite(value) : null;
    }

    public static string Composite(decimal value)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return $"综合评价 {text} 分 / composite {text}";
    }
}
