using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;

namespace TeamsCert.UnitTests.Certificates;

public class CertificateReissueTests
{
    private static readonly DateOnly _from = new(2025, 5, 1);
    private static readonly DateOnly _until = new(2028, 4, 30);

    [Fact]
    public void Reissue_WithinValidity_KeepsNumberAndValidity()
    {
        var numbering = CertificateSchemes.Numbering("AS");
        var number = numbering.Format(new CertificateNumberRequest(2025, 7, "3001"));

        var reissued = numbering.Reissue(number, _from, _until, new DateOnly(2026, 1, 15));

        Assert.Same(number, reissued.Number);
        Assert.Equal((_from, _until, new DateOnly(2026, 1, 15)), (reissued.ValidFrom, reissued.ValidUntil, reissued.ReissueDate));
    }

    [Theory]
    [InlineData("AS", "004 §6.2.3")]
    [InlineData("TEL", "002 §10.3.4")]
    public void Reissue_AfterValidity_IsRefusedWithCertN02(string scheme, string section)
    {
        var numbering = CertificateSchemes.Numbering(scheme);
        var number = numbering.Format(new CertificateNumberRequest(2025, 7, "3001"));

        var ex = Assert.Throws<RuleViolationException>(() => numbering.Reissue(number, _from, _until, _until.AddDays(1)));

        Assert.Equal(CertificateRuleIds.ReissueOutsideValidity, ex.RuleId);
        Assert.Equal("reissueDate", ex.Field);
        Assert.Contains(section, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reissue_ValidityEndsBeforeStart_IsRefusedOnValidUntil()
    {
        var numbering = CertificateSchemes.Numbering("TEL");
        var number = numbering.Format(new CertificateNumberRequest(2025, 7));

        var ex = Assert.Throws<InvalidInputException>(() => numbering.Reissue(number, _until, _from, _until));
        Assert.Equal("validUntil", ex.Field);
    }
}
