using System.Text.Json;
using TeamsCert.Domain.AuditTime;

namespace TeamsCert.UnitTests.AuditTime;

// The $.auditTime shapes read by System.Text.Json with the loader's settings.
public class AuditTimeJsonTests
{
    public static TheoryData<string> AllSections => new()
    {
        AuditTimeSections.TelJson,
        AuditTimeSections.AsJson,
        AuditTimeSections.LsJson,
        AuditTimeSections.Cc9Json,
    };

    [Theory]
    [MemberData(nameof(AllSections))]
    public void Deserialize_SchemeSections_PassValidation(string json)
    {
        Assert.Empty(RuleJson.Errors(RuleJson.Read<AuditTimeRules>(json), "$.auditTime"));
    }

    [Fact]
    public void Deserialize_TelSection_ReadsAppendixATableAndMysteryShopping()
    {
        var rules = AuditTimeSections.Tel();

        Assert.Equal(12, rules.Bands.Count);
        Assert.Equal(new PersonnelBand { MinPersonnel = 876, MaxPersonnel = 1175, InitialDays = 15 }, rules.Bands[^1]);
        Assert.Equal("002 §12 附录A", rules.TableSource);
        Assert.Equal(1.0m, rules.Surveillance.MinimumDays);
        Assert.Equal(2, rules.Recertification.Numerator);
        Assert.Equal(0.8m, rules.OnSiteMinimumShare);
        Assert.Equal("TEL-D04", rules.MysteryShopping?.RuleId);
        Assert.Null(rules.ServiceCharacteristic);
    }

    [Fact]
    public void Deserialize_AsSection_ReadsQmsTableWithoutFloorsAndServiceCharacteristic()
    {
        var rules = AuditTimeSections.As();

        Assert.Equal(23, rules.Bands.Count);
        Assert.Equal(10700, rules.Bands[^1].MaxPersonnel);
        Assert.Equal(0m, rules.Surveillance.MinimumDays);
        Assert.Equal(0m, rules.Recertification.MinimumDays);
        Assert.Null(rules.MysteryShopping);
        Assert.Equal(0.25m, rules.ServiceCharacteristic?.AdditionalSiteDays);
        Assert.Equal("A-19", rules.ServiceCharacteristic?.RuleId);
    }

    [Fact]
    public void Deserialize_LsSection_ReadsFixedDaysA12()
    {
        var rules = AuditTimeSections.Fixed(AuditTimeSections.LsJson);

        Assert.Equal("A-12", rules.RuleId);
        Assert.Equal("000 §5.3", rules.Source);
        Assert.Equal(new DayRange { Min = 5, Max = 7 }, rules.FixedDays.Recertification);
    }

    [Fact]
    public void Serialize_PersonnelTable_RoundTripsWithMethodDiscriminator()
    {
        AuditTimeRules rules = AuditTimeSections.Tel();

        var json = RuleJson.Write(rules);
        var again = (PersonnelTableAuditTime)RuleJson.Read<AuditTimeRules>(json);

        Assert.StartsWith("{\"method\":\"personnelTable\"", json, StringComparison.Ordinal);
        Assert.Equal(AuditTimeSections.Tel().Bands, again.Bands);
        Assert.Equal(AuditTimeSections.Tel().MysteryShopping, again.MysteryShopping);
    }

    [Fact]
    public void Deserialize_MissingRequiredProperty_ThrowsJsonException()
    {
        const string json = """{"method":"fixedDays","ruleId":"A-12","source":"000 §5.3"}""";

        Assert.Throws<JsonException>(() => RuleJson.Read<AuditTimeRules>(json));
    }

    [Fact]
    public void Deserialize_UnknownMethod_ThrowsJsonException()
    {
        const string json = """{"method":"perSite","bands":[]}""";

        Assert.Throws<JsonException>(() => RuleJson.Read<AuditTimeRules>(json));
    }

    [Fact]
    public void Deserialize_Request_ReadsCamelCaseKind()
    {
        var request = RuleJson.Read<AuditTimeRequest>("""{"kind":"recertification","effectivePersonnel":16,"sites":2}""");

        Assert.Equal(new AuditTimeRequest(AuditKind.Recertification, 16, 2), request);
    }
}
