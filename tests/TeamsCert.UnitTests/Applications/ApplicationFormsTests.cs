using TeamsCert.Domain;
using TeamsCert.Domain.Applications;

namespace TeamsCert.UnitTests.Applications;

/// <summary>The schemes' application forms (000/003 附录A, 002 §9.1.1, 004 §5.1.2–5.1.3) and the check of a submission.</summary>
public sealed class ApplicationFormsTests
{
    [Theory]
    [InlineData("LS", "000 附录A", "businessStartedOn")]
    [InlineData("CC9", "003 附录A", "callCentreName")]
    [InlineData("TEL", "002 §9.1.1", "resourceManagement")]
    [InlineData("AS", "004 §5.1.2–5.1.3", "afterSalesProcesses")]
    public void For_EveryScheme_BasicInformationScopeSizeDeclarationAndItsOwnFields(string scheme, string source, string own)
    {
        var form = ApplicationForms.For(scheme);
        var codes = form.Fields.Select(f => f.Code).ToList();

        Assert.Equal(source, form.Source);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(codes.ToHashSet(), new HashSet<string>(["organization", "address", "legalRepresentative", "contactName", "contactPhone", "contactEmail",
            "scope", "personnel", "sites", "declaration", own]));
        Assert.Equal("declaration", form.Sections[^1].Code);
    }

    [Fact]
    public void For_UnknownScheme_FieldErrorOnScheme() =>
        Assert.Equal("scheme", Assert.Throws<InvalidInputException>(() => ApplicationForms.For("XYZ")).Field);

    [Fact]
    public void Check_Empty_EveryRequiredFieldNamedInFormOrder()
    {
        var form = ApplicationForms.For("TEL");

        var (values, errors) = form.Check(new Dictionary<string, string>());

        Assert.Empty(values);
        Assert.Equal(form.Fields.Where(f => f.Required).Select(f => f.Code), errors.Select(e => e.Field));
        Assert.Contains("请填写“申请组织名称”", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contactEmail", "lisi-at-example.com", "不是有效的电子邮箱")]
    [InlineData("contactPhone", "call me", "不是有效的电话号码")]
    [InlineData("personnel", "0", "1 至 1,000,000 之间的整数")]
    [InlineData("personnel", "12.5", "1 至 1,000,000 之间的整数")]
    [InlineData("foundedOn", "2010/05/01", "yyyy-MM-dd")]
    [InlineData("organizationCode", "91350100M000100Y44", "")]
    [InlineData("declaration", "yes", "须确认")]
    public void Check_MalformedValue_ThatFieldRefusedWithTheReason(string field, string value, string says)
    {
        var data = Valid();
        data[field] = value;

        var error = Assert.Single(ApplicationForms.For("TEL").Check(data).Errors);

        Assert.Equal(field, error.Field);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TooLongAndUnknownKeys_Refused()
    {
        var data = Valid();
        data["address"] = new string('路', 201);
        data["password"] = "x";

        var errors = ApplicationForms.For("TEL").Check(data, ["comment"]).Errors;

        Assert.Equal(["address", "password"], errors.Select(e => e.Field));
        Assert.Contains("最多 200 字", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Valid_TrimmedValuesAndTheCreditCodeNormalised()
    {
        var data = Valid();
        data["organizationCode"] = " 91350100m000100y43 ";
        data["scope"] = "  呼叫中心客户服务  ";

        var (values, errors) = ApplicationForms.For("TEL").Check(data);

        Assert.Empty(errors);
        Assert.Equal(("91350100M000100Y43", "呼叫中心客户服务"), (values["organizationCode"], values["scope"]));
    }

    internal static Dictionary<string, string> Valid() => new(StringComparer.Ordinal)
    {
        ["organization"] = "北京示例呼叫中心有限公司",
        ["address"] = "北京市海淀区示例路 1 号",
        ["legalRepresentative"] = "张三",
        ["contactName"] = "李四",
        ["contactPhone"] = "+86 10 1234 5678",
        ["contactEmail"] = "lisi@example.com",
        ["scope"] = "呼叫中心客户服务",
        ["personnel"] = "120",
        ["sites"] = "2",
        ["businessActivities"] = "客户服务",
        ["organisationStructure"] = "总部",
        ["locations"] = "北京",
        ["legalStatus"] = "营业执照",
        ["documentsOperatingSince"] = "2024-01-01",
        ["resourceManagement"] = "座席",
        ["processManagement"] = "过程",
        ["riskManagement"] = "风险",
        ["declaration"] = "true",
    };
}
