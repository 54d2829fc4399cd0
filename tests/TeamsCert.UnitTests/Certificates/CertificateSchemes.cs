using TeamsCert.Domain.Certificates;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Certificates;

// Test builder: each scheme's `$.certificate` section read from the embedded JSON.
internal static class CertificateSchemes
{
    public static readonly string[] Codes = ["LS", "CC9", "TEL", "AS"];

    public static string Json(string scheme) => ShippedRuleData.File(scheme);

    public static CertificateRules Rules(string scheme) => SchemeSectionJson.Section<CertificateRules>(Json(scheme), "certificate");

    public static CertificateNumbering Numbering(string scheme) => new(Rules(scheme).Numbering!);
}
