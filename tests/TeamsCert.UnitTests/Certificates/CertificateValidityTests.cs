using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;

namespace TeamsCert.UnitTests.Certificates;

public class CertificateValidityTests
{
    [Theory]
    [InlineData("2017-05-01", 3, "2020-04-30")] // 004 §6.1(6) example
    [InlineData("2019-05-01", 3, "2022-04-30")] // 002 §10.2.1(6) example
    [InlineData("2025-01-01", 3, "2027-12-31")]
    [InlineData("2024-02-29", 3, "2027-02-28")] // anniversary 2027-03-01 in a common year
    [InlineData("2020-02-29", 4, "2024-02-28")] // anniversary 2024-02-29 in a leap year
    [InlineData("2025-03-01", 3, "2028-02-29")]
    [InlineData("2025-06-15", 1, "2026-06-14")]
    public void Expires_IssueDate_IsStartPlusYearsMinusOneDay(string issued, int years, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            CertificateValidity.Expires(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture), years));

    [Fact]
    public void Expires_DefaultValidity_IsThreeYears_A10() =>
        Assert.Equal(new DateOnly(2028, 4, 30), CertificateValidity.Expires(new DateOnly(2025, 5, 1)));

    [Fact]
    public void Expires_ZeroYears_IsRefused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CertificateValidity.Expires(new DateOnly(2025, 5, 1), 0));
        Assert.Equal("validityYears", ex.Field);
    }

    [Theory]
    [InlineData("2023-04-30")]
    [InlineData("2022-12-31")]
    public void CheckRecertificationExpiry_WithinLastExpiryPlusThreeYears_PassesAsD06(string proposed) =>
        Assert.Null(CertificateValidity.CheckRecertificationExpiry(new DateOnly(2020, 4, 30),
            DateOnly.Parse(proposed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void CheckRecertificationExpiry_BeyondLastExpiryPlusThreeYears_BreachesAsD06()
    {
        var violation = CertificateValidity.CheckRecertificationExpiry(new DateOnly(2020, 4, 30), new DateOnly(2023, 5, 1));

        Assert.NotNull(violation);
        Assert.Equal("AS-D06", violation.RuleId);
        Assert.Equal("expires", violation.Field);
    }

    [Fact]
    public void EnsureRecertificationExpiry_BeyondLimit_ThrowsAsD06() =>
        Assert.Equal("AS-D06", Assert.Throws<RuleViolationException>(() =>
            CertificateValidity.EnsureRecertificationExpiry(new DateOnly(2020, 4, 30), new DateOnly(2024, 4, 30))).RuleId);

    [Fact]
    public void LatestRecertificationExpiry_LeapDayExpiry_ClampsToFebruary28() =>
        Assert.Equal(new DateOnly(2027, 2, 28), CertificateValidity.LatestRecertificationExpiry(new DateOnly(2024, 2, 29)));
}
