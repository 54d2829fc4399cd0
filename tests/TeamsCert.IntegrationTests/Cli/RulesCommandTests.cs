using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Cli;

public class RulesCommandTests
{
    [Fact]
    public void AuditTime_TelSurveillanceWithSites_PersonDaysMysteryShoppingAndJustification()
    {
        var (exit, json) = CliRunner.Run("audit-time", "--scheme", "TEL", "--personnel", "10", "--audit", "surveillance", "--sites", "3");

        Assert.Equal(0, exit);
        Assert.Equal(1.5m, json.GetProperty("personDays").GetDecimal());
        Assert.Equal(1.5m, json.GetProperty("mysteryShoppingPersonDays").GetDecimal());
        Assert.Contains(json.GetProperty("justification").EnumerateArray(), s => s.GetProperty("source").GetString()!.Contains("A-18", StringComparison.Ordinal));
    }

    [Fact]
    public void AuditTime_AsThreeSites_ServiceCharacteristicTimeA19()
    {
        var (exit, json) = CliRunner.Run("audit-time", "--scheme", "AS", "--personnel", "60", "--audit", "initial", "--sites", "3");

        Assert.Equal(0, exit);
        Assert.Equal(5m, json.GetProperty("personDays").GetDecimal());
        Assert.Equal(1.0m, json.GetProperty("serviceCharacteristicPersonDays").GetDecimal());
    }

    [Theory]
    [InlineData("LS", "initial", 5, 7)]
    [InlineData("CC9", "surveillance", 2, 3)]
    [InlineData("LS", "recertification", 5, 7)]
    public void AuditTime_LsCc9_OnSiteDayRange(string scheme, string audit, int min, int max)
    {
        var (exit, json) = CliRunner.Run("audit-time", "--scheme", scheme, "--personnel", "40", "--audit", audit);

        Assert.Equal(0, exit);
        Assert.Equal(min, json.GetProperty("onSiteDaysMin").GetDecimal());
        Assert.Equal(max, json.GetProperty("onSiteDaysMax").GetDecimal());
    }

    [Fact]
    public void AuditTime_TelBeyondTable_RefusedWithA15AndExitCode3()
    {
        var (exit, json) = CliRunner.Run("audit-time", "--scheme", "TEL", "--personnel", "1176", "--audit", "initial");

        Assert.Equal(3, exit);
        Assert.Equal("A-15", json.GetProperty("error").GetProperty("ruleId").GetString());
        Assert.Equal("personnel", json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void AuditTime_BadAuditKind_NamesField()
    {
        var (exit, json) = CliRunner.Run("audit-time", "--scheme", "TEL", "--personnel", "10", "--audit", "annual");

        Assert.Equal(2, exit);
        Assert.Equal("audit", json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void CertificateNumber_As_CanonicalAndDisplay()
    {
        var (exit, json) = CliRunner.Run("certificate", "number", "--scheme", "AS", "--year", "2025", "--field-code", "3101", "--sequence", "12", "--cycle", "1", "--site", "2");

        Assert.Equal(0, exit);
        Assert.Equal("3072531010012R1-2", json.GetProperty("canonical").GetString());
        Assert.Equal("307 25 3101 0012 R1-2", json.GetProperty("display").GetString());
    }

    [Fact]
    public void CertificateNumber_AsBadFieldCode_NamesField()
    {
        var (exit, json) = CliRunner.Run("certificate", "number", "--scheme", "AS", "--year", "2025", "--field-code", "31", "--sequence", "12", "--cycle", "0");

        Assert.Equal(2, exit);
        Assert.Equal("fieldCode", json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void CertificateExpiry_Example004_ThreeYearsMinusOneDay()
    {
        var (exit, json) = CliRunner.Run("certificate", "expiry", "--issued", "2017-05-01");

        Assert.Equal(0, exit);
        Assert.Equal("2020-04-30", json.GetProperty("expires").GetString());
    }

    [Fact]
    public void CertificateTransition_RevokedToValid_RefusedWithRuleId()
    {
        var (exit, json) = CliRunner.Run("certificate", "transition", "--scheme", "AS", "--from", "revoked", "--to", "valid", "--trigger", "rectification-verified");

        Assert.Equal(3, exit);
        Assert.Equal("CERT-T03", json.GetProperty("error").GetProperty("ruleId").GetString());
    }

    [Fact]
    public void CertificateTransition_AsVoluntarySuspension_AllowedWithDeadlineRule()
    {
        var (exit, json) = CliRunner.Run("certificate", "transition", "--scheme", "AS", "--from", "valid", "--to", "suspended", "--trigger", "voluntary-suspension");

        Assert.Equal(0, exit);
        Assert.Equal("suspended", json.GetProperty("to").GetString());
    }

    [Fact]
    public void ModesCheck_UnlistedCombinationWithoutJustification_NotAccepted()
    {
        var (exit, json) = CliRunner.Run("modes", "check", "--scheme", "AS", "--combination", "A+F", "--design", "false", "--contact", "machine-to-machine");

        Assert.Equal(0, exit);
        Assert.False(json.GetProperty("accepted").GetBoolean());
    }
}
