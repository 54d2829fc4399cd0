using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCert.Domain.Certificates;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Certificates;

public class CertificateRulesValidationTests
{
    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void Validate_SchemeData_HasNoErrors(string scheme) =>
        Assert.Empty(SchemeSectionJson.Errors(CertificateSchemes.Rules(scheme), "$.certificate"));

    [Theory]
    [InlineData("revoked", "valid", "$.certificate.transitions[0].to")]
    [InlineData("cancelled", "valid", "$.certificate.transitions[0].to")]
    [InlineData("expired", "valid", "$.certificate.transitions[0].to")]
    [InlineData("suspended", "suspended", "$.certificate.transitions[0].to")]
    public void Validate_TransitionBreakingInvariant_ReportsItsPath(string from, string to, string path)
    {
        var errors = Errors("AS", c =>
        {
            c["transitions"]![0]!["from"] = from;
            c["transitions"]![0]!["to"] = to;
        });

        Assert.Contains(errors, e => e.JsonPath == path && e.Message.Contains(CertificateRuleIds.TerminalState, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateTransition_ReportsSecondEntry() =>
        AssertError("LS", "$.certificate.transitions[3]", c => c["transitions"]![3]!["from"] = "valid", "duplicates");

    [Fact]
    public void Validate_MissingTo_ReportsIt() =>
        AssertError("LS", "$.certificate.transitions[0].to", c => c["transitions"]![0]!.AsObject().Remove("to"), "required");

    [Fact]
    public void Validate_TransitionWithoutTriggers_ReportsIt() =>
        AssertError("TEL", "$.certificate.transitions[2].triggers", c => c["transitions"]![2]!["triggers"] = new JsonArray(), "at least one");

    [Theory]
    [InlineData("code", "Persistent Failure", "$.certificate.transitions[0].triggers[1].code")]
    [InlineData("source", "", "$.certificate.transitions[0].triggers[1].source")]
    [InlineData("deadlineRuleId", "soon", "$.certificate.transitions[0].triggers[1].deadlineRuleId")]
    [InlineData("timerRuleId", "later", "$.certificate.transitions[0].triggers[1].timerRuleId")]
    [InlineData("flag", "A31", "$.certificate.transitions[0].triggers[1].flag")]
    [InlineData("code", "persistent-failure", "$.certificate.transitions[0].triggers[1].code")]
    public void Validate_BadTrigger_ReportsItsPath(string property, string value, string path) =>
        AssertError("AS", path, c => c["transitions"]![0]!["triggers"]![1]![property] = value);

    [Fact]
    public void Validate_TriggerWithoutEnglishLabel_ReportsIt() =>
        AssertError("AS", "$.certificate.transitions[0].triggers[0].label.en",
            c => c["transitions"]![0]!["triggers"]![0]!["label"]!.AsObject().Remove("en"));

    [Theory]
    [InlineData(2, "numberVoided", false)]
    [InlineData(1, "certificateUsable", true)]
    [InlineData(1, "markUseAllowed", true)]
    [InlineData(0, "markUseAllowed", false)]
    [InlineData(3, "numberVoided", true)]
    public void Validate_EffectsBreakingInvariant_ReportsItsPath(int index, string property, bool value) =>
        AssertError("AS", $"$.certificate.stateEffects[{index}].{property}", c => c["stateEffects"]![index]![property] = value);

    [Fact]
    public void Validate_MissingEffectsForReachedState_ReportsList() =>
        AssertError("TEL", "$.certificate.stateEffects", c => c["stateEffects"]!.AsArray().RemoveAt(4), "Expired");

    [Fact]
    public void Validate_PublicationRuleWithoutPublication_ReportsIt() =>
        AssertError("AS", "$.certificate.stateEffects[1].publicationRequired", c => c["stateEffects"]![1]!["publicationRequired"] = false);

    [Theory]
    [InlineData("canonicalTemplate", "{cb}{yy}{field}{seq:4}R{cycle}{site}", "unknown token")]
    [InlineData("canonicalTemplate", "{cb}{yy}{field}R{cycle}{-site}", "{seq:N}")]
    [InlineData("canonicalTemplate", "{cb}{yy}{field}{seq:10}R{cycle}{-site}", "unknown token")]
    [InlineData("canonicalTemplate", "{cb} {yy}{field}{seq:4}R{cycle}{-site}", "spaces")]
    [InlineData("canonicalTemplate", "{cb}{yy}{yyyy}{field}{seq:4}R{cycle}{-site}", "year")]
    [InlineData("canonicalTemplate", "{cb}{yy}{field}{seq:4}R{cycle}{-site", "unclosed")]
    [InlineData("displayTemplate", "{cb} {yy} {seq:4} {field} R{cycle}{-site}", "same tokens")]
    [InlineData("canonicalPattern", "^307(", "regular expression")]
    [InlineData("fieldCodePattern", "[", "regular expression")]
    public void Validate_BadNumbering_ReportsItsPath(string property, string value, string message) =>
        AssertError("AS", $"$.certificate.numbering.{property}", c => c["numbering"]![property] = value, message);

    [Theory]
    [InlineData("cbCode", "{cb}")]
    [InlineData("fieldCodePattern", "{field}")]
    public void Validate_TokenWithoutItsValue_ReportsMissingValue(string property, string token) =>
        AssertError("AS", $"$.certificate.numbering.{property}", c => c["numbering"]![property] = null, token);

    [Fact]
    public void Validate_ZeroValidityYears_ReportsIt() =>
        AssertError("LS", "$.certificate.validityYears", c => c["validityYears"] = 0);

    [Fact]
    public void Validate_DuplicateContentField_ReportsSecond() =>
        AssertError("TEL", "$.certificate.contents[2].code", c => c["contents"]![2]!["code"] = "number", "duplicates");

    [Fact]
    public void Validate_NoContents_ReportsList() =>
        AssertError("CC9", "$.certificate.contents", c => c["contents"] = new JsonArray());

    [Fact]
    public void Deserialize_UnknownState_FailsWithJsonPath()
    {
        var ex = Assert.Throws<JsonException>(() =>
            SchemeSectionJson.Mutated<CertificateRules>(CertificateSchemes.Json("LS"), "certificate", c => c["transitions"]![0]!["to"] = "withdrawn"));
        Assert.Equal("$.transitions[0].to", ex.Path);
    }

    private static IReadOnlyList<Domain.Rules.RuleDataError> Errors(string scheme, Action<JsonNode> change) =>
        SchemeSectionJson.Errors(SchemeSectionJson.Mutated<CertificateRules>(CertificateSchemes.Json(scheme), "certificate", change), "$.certificate");

    private static void AssertError(string scheme, string path, Action<JsonNode> change, string? message = null)
    {
        var errors = Errors(scheme, change);
        Assert.Contains(errors, e => e.JsonPath == path && (message is null || e.Message.Contains(message, StringComparison.Ordinal)));
    }
}
