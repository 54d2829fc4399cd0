using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;

namespace TeamsCert.UnitTests.Certificates;

public class CertificateNumberingTests
{
    private static readonly CertificateNumbering _as = CertificateSchemes.Numbering("AS");

    [Fact]
    public void Format_AsInitialCertificate_GivesCanonicalDisplayAndBase()
    {
        var number = _as.Format(new CertificateNumberRequest(2019, 1, "3001"));

        Assert.Equal("3071930010001R0", number.Canonical);
        Assert.Equal("307 19 3001 0001 R0", number.Display);
        Assert.Equal("3071930010001", number.BaseNumber);
        Assert.Equal(0, number.Cycle);
    }

    [Fact]
    public void Format_AsRecertifiedSubCertificate_AppendsCycleAndSite()
    {
        var number = _as.Format(new CertificateNumberRequest(2025, 42, "SV0A", Cycle: 1, Site: 2));

        Assert.Equal("30725SV0A0042R1-2", number.Canonical);
        Assert.Equal("307 25 SV0A 0042 R1-2", number.Display);
        Assert.Equal("30725SV0A0042", number.BaseNumber);
    }

    [Fact]
    public void Format_AsTwelfthRecertification_KeepsAllCycleDigits() =>
        Assert.Equal("3072530010001R12", _as.Format(new CertificateNumberRequest(2025, 1, "3001", Cycle: 12)).Canonical);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab12")]
    [InlineData("ABCDE")]
    [InlineData("AB-1")]
    public void Format_AsBadFieldCode_IsRefusedOnFieldCode(string? fieldCode)
    {
        var ex = Assert.Throws<InvalidInputException>(() => _as.Format(new CertificateNumberRequest(2025, 1, fieldCode)));
        Assert.Equal("fieldCode", ex.Field);
    }

    [Theory]
    [InlineData(1999, 1, 0, null, "year")]
    [InlineData(2100, 1, 0, null, "year")]
    [InlineData(2025, 0, 0, null, "sequence")]
    [InlineData(2025, 10000, 0, null, "sequence")]
    [InlineData(2025, 1, -1, null, "cycle")]
    [InlineData(2025, 1, 0, 0, "site")]
    public void Format_OutOfRangePart_IsRefusedOnThatField(int year, int sequence, int cycle, int? site, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => _as.Format(new CertificateNumberRequest(year, sequence, "3001", cycle, site)));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Format_LastSequenceOfWidth_IsAccepted() =>
        Assert.Equal("3072530019999R0", _as.Format(new CertificateNumberRequest(2025, 9999, "3001")).Canonical);

    [Fact]
    public void Format_CanonicalBreaksSchemePattern_IsRefusedOnNumber()
    {
        var rules = CertificateSchemes.Rules("AS").Numbering! with { CanonicalPattern = "^307\\d{2}[A-Z0-9]{4}\\d{4}R[0-2](-\\d+)?$" };

        var ex = Assert.Throws<InvalidInputException>(() => new CertificateNumbering(rules).Format(new CertificateNumberRequest(2025, 1, "3001", Cycle: 3)));
        Assert.Equal("number", ex.Field);
    }

    [Fact]
    public void Format_SiteWithoutSiteToken_IsRefusedOnSite()
    {
        var rules = CertificateSchemes.Rules("TEL").Numbering! with
        {
            CanonicalTemplate = "{cb}-TEL-{yyyy}-{seq:4}",
            DisplayTemplate = "{cb}-TEL-{yyyy}-{seq:4}",
            CanonicalPattern = null,
        };

        var ex = Assert.Throws<InvalidInputException>(() => new CertificateNumbering(rules).Format(new CertificateNumberRequest(2025, 1, Site: 1)));
        Assert.Equal("site", ex.Field);
    }

    [Theory]
    [InlineData("TEL", "CMM-TEL-2025-0012", "CMM-TEL-2025-0012-1")]
    [InlineData("LS", "CMM-LS-2025-0012", "CMM-LS-2025-0012-1")]
    [InlineData("CC9", "CMM-CC9-2025-0012", "CMM-CC9-2025-0012-1")]
    public void Format_DefaultTemplates_GiveYearSequenceAndSite(string scheme, string main, string sub)
    {
        var numbering = CertificateSchemes.Numbering(scheme);

        var number = numbering.Format(new CertificateNumberRequest(2025, 12, Cycle: 2));
        Assert.Equal(main, number.Canonical);
        Assert.Null(number.Cycle);
        Assert.Equal(main, numbering.Format(new CertificateNumberRequest(2025, 12, Site: 1)).BaseNumber);
        Assert.Equal(sub, numbering.Format(new CertificateNumberRequest(2025, 12, Site: 1)).Canonical);
    }

    [Theory]
    [InlineData("AS", 2019, 1, "3001", 0, null)]
    [InlineData("AS", 2099, 9999, "Z9Z9", 7, 15)]
    [InlineData("AS", 2000, 305, "0000", 1, 1)]
    [InlineData("TEL", 2031, 77, null, 0, 3)]
    [InlineData("LS", 2025, 1, null, 0, null)]
    [InlineData("CC9", 2026, 4321, null, 0, 2)]
    public void Parse_FormattedNumber_RoundTrips(string scheme, int year, int sequence, string? field, int cycle, int? site)
    {
        var numbering = CertificateSchemes.Numbering(scheme);
        var formatted = numbering.Format(new CertificateNumberRequest(year, sequence, field, cycle, site));

        Assert.Equal(formatted, numbering.Parse(formatted.Canonical));
        Assert.Equal(formatted, numbering.Parse(formatted.Display));
    }

    [Theory]
    [InlineData("3081930010001R0")]
    [InlineData("3071930010001")]
    [InlineData("3071930010000R0")]
    [InlineData("30719ab120001R0")]
    [InlineData("3071930010001R0-")]
    [InlineData("3071930010001R99999999999")]
    [InlineData("")]
    public void Parse_NotAnAsNumber_IsRefusedOnNumber(string text)
    {
        var ex = Assert.Throws<InvalidInputException>(() => _as.Parse(text));
        Assert.Equal("number", ex.Field);
    }

    [Fact]
    public void BaseNumber_AsRecertifiedSubCertificate_DropsCycleAndSite_A29() =>
        Assert.Equal("3071930010001", _as.BaseNumber("3071930010001R2-3"));

    [Theory]
    [InlineData("3071930010001")]
    [InlineData("3071930010001R0-1")]
    [InlineData("307 19 3001 0001")]
    public void EnsureNotVoided_RevokedCertification_RefusesEveryLaterNumber(string voided)
    {
        var ex = Assert.Throws<RuleViolationException>(() => _as.EnsureNotVoided("3071930010001R1", ["30719ZZZZ0009", voided]));

        Assert.Equal(CertificateRuleIds.NumberVoided, ex.RuleId);
        Assert.Equal("number", ex.Field);
        Assert.Contains("004 §6.2.4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureNotVoided_OtherCertification_IsAccepted()
    {
        var ex = Record.Exception(() => _as.EnsureNotVoided("3071930010002R0", ["3071930010001"]));
        Assert.Null(ex);
    }

    [Fact]
    public void EnsureNotVoided_TelRevokedNumber_CitesTelSection()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            CertificateSchemes.Numbering("TEL").EnsureNotVoided("CMM-TEL-2025-0012-2", ["CMM-TEL-2025-0012"]));
        Assert.Contains("002 §10.3.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidRules_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new CertificateNumbering(new CertificateNumberingRules { CanonicalTemplate = "{bogus}" }));
}
