using TeamsCert.Domain;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.UnitTests.Input;

/// <summary>The one table of caps and ranges (issue 12, item 5) as the case requests and the application form apply it.</summary>
public sealed class InputLimitsTests
{
    [Theory]
    [InlineData(0, "personnel")]
    [InlineData(1_000_001, "personnel")]
    [InlineData(int.MaxValue, "personnel")]
    public void Validate_PersonnelOutOfRange_RefusedNamingPersonnel(int personnel, string field)
    {
        var request = new OpenCaseRequest("TEL", "北京示例呼叫中心有限公司", personnel, 1, "呼叫中心客户服务");

        var error = Assert.Throws<InvalidInputException>(request.Validate);

        Assert.Equal(field, error.Field);
        Assert.Contains("“有效人数”", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Validate_SitesOutOfRange_RefusedNamingSites(int sites)
    {
        var request = new OpenCaseRequest("TEL", "北京示例呼叫中心有限公司", 120, sites, "呼叫中心客户服务");

        Assert.Equal("sites", Assert.Throws<InvalidInputException>(request.Validate).Field);
    }

    [Fact]
    public void Validate_RealisticCase_Accepted()
    {
        new OpenCaseRequest("TEL", "北京示例呼叫中心有限公司", 1_000_000, 10_000, "呼叫中心客户服务").Validate();
    }

    [Fact]
    public void Validate_ScopeOverCap_RefusedNamingScope()
    {
        var request = new OpenCaseRequest("TEL", "北京示例呼叫中心有限公司", 120, 1, new string('服', InputLimits.Scope.MaxLength + 1));

        Assert.Equal("scope", Assert.Throws<InvalidInputException>(request.Validate).Field);
    }

    [Fact]
    public void Validate_InvitationWithZeroWidthInOrganization_RefusedNamingOrganization()
    {
        var request = new InvitationRequest("TEL", "北京示例\u200B呼叫中心");

        Assert.Equal("organization", Assert.Throws<InvalidInputException>(request.Validate).Field);
    }

    [Fact]
    public void Check_ApplicationFormPersonnelIntMax_ErrorOnPersonnel()
    {
        var form = ApplicationForms.For("TEL");
        var data = new Dictionary<string, string> { ["personnel"] = "2147483647", ["sites"] = "99999999999" };

        var (_, errors) = form.Check(data);

        Assert.Contains(errors, e => e.Field == "personnel" && e.Message.Contains("1,000,000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "sites" && e.Message.Contains("10,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ApplicationFormBidiInAddressAndNewlineInName_ErrorsNamingEachField()
    {
        var form = ApplicationForms.For("TEL");
        var data = new Dictionary<string, string> { ["address"] = "北京市\u202E区", ["legalRepresentative"] = "张\n三", ["scope"] = "第一行\n第二行" };

        var (_, errors) = form.Check(data);

        Assert.Contains(errors, e => e.Field == "address" && e.Message.Contains("“申请组织地址”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "legalRepresentative" && e.Message.Contains("“法定代表人”", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Field == "scope" && e.Message.Contains("控制字符", StringComparison.Ordinal));
    }

    [Fact]
    public void For_EveryTableRow_HasChineseNameAndPositiveCap()
    {
        Assert.All(InputLimits.TextFields, l => Assert.True(l.MaxLength > 0 && l.ZhName.Any(c => c > '\u4E00'), l.Field));
    }

    [Fact]
    public void ForData_KnownAndUnknownKeys_TableCapOrDefaultAndMultiline()
    {
        Assert.Equal(("data.reason", InputLimits.Reason.MaxLength, true), (InputLimits.ForData("reason").Field, InputLimits.ForData("reason").MaxLength, InputLimits.ForData("reason").Multiline));
        Assert.Equal((InputLimits.DataValue, true), (InputLimits.ForData("team").MaxLength, InputLimits.ForData("team").Multiline));
    }
}
