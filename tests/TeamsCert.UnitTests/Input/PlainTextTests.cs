using TeamsCert.Domain;

namespace TeamsCert.UnitTests.Input;

/// <summary>The domain's one check of typed text (issue 12, item 5): control, direction and zero-width characters, and caps.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("北京示例\0公司", "控制字符")]
    [InlineData("北京示例\u0007公司", "控制字符")]
    [InlineData("北京示例\n公司", "控制字符")]
    [InlineData("北京\u202E示例公司", "格式字符")]
    [InlineData("北京\u2066示例公司", "格式字符")]
    [InlineData("北京\u200B示例公司", "格式字符")]
    [InlineData("北京\u200F示例公司", "格式字符")]
    [InlineData("北京\uFEFF示例公司", "格式字符")]
    [InlineData("北京\u2060示例公司", "格式字符")]
    public void Ensure_OrganizationWithInvisibleCharacter_RefusedNamingTheFieldInChinese(string value, string what)
    {
        var error = Assert.Throws<InvalidInputException>(() => PlainText.Ensure(InputLimits.Organization, value));

        Assert.Equal("organization", error.Field);
        Assert.Contains("“申请组织名称”", error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_MultilineReasonWithLineBreaksAndTab_Accepted()
    {
        PlainText.Ensure(InputLimits.Reason, "第一行\r\n第二行\t缩进");
    }

    [Fact]
    public void Ensure_MultilineReasonWithNul_Refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => PlainText.Ensure(InputLimits.Reason, "原因\0"));

        Assert.Equal("reason", error.Field);
    }

    [Fact]
    public void Ensure_MegabyteOrganizationName_RefusedWithTheCap()
    {
        var error = Assert.Throws<InvalidInputException>(() => PlainText.Ensure(InputLimits.Organization, new string('企', 1_000_000)));

        Assert.Equal("organization", error.Field);
        Assert.Contains("最多 200 字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_OrganizationAtTheCap_Accepted()
    {
        PlainText.Ensure(InputLimits.Organization, new string('企', InputLimits.Organization.MaxLength));
    }

    [Fact]
    public void Ensure_ChineseFileNameOverByteCap_RefusedAlthoughFewCharacters()
    {
        var name = new string('文', 67) + ".pdf"; // 67 × 3 + 4 = 205 bytes, 71 characters

        var error = Assert.Throws<InvalidInputException>(() => PlainText.Ensure(InputLimits.FileName, name));

        Assert.Equal("fileName", error.Field);
        Assert.Contains("字节", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_ChineseFileNameWithinByteCap_Accepted()
    {
        PlainText.Ensure(InputLimits.FileName, new string('文', 65) + ".pdf"); // 199 bytes
    }

    [Fact]
    public void Ensure_StepDataWithBidiOverrideInComment_RefusedOnDataField()
    {
        var data = new Dictionary<string, string> { ["comment"] = "见附件\u202Efdp.exe" };

        var error = Assert.Throws<InvalidInputException>(() => PlainText.Ensure(data));

        Assert.Equal("data.comment", error.Field);
        Assert.Contains("“备注”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_StepDataWithOverlongKey_Refused()
    {
        var data = new Dictionary<string, string> { [new string('k', InputLimits.DataKey + 1)] = "x" };

        Assert.Equal("data", Assert.Throws<InvalidInputException>(() => PlainText.Ensure(data)).Field);
    }

    [Theory]
    [InlineData("北京示例呼叫中心有限公司")]
    [InlineData("Acme (China) Co., Ltd. — 客服部")]
    [InlineData("")]
    [InlineData(null)]
    public void Problem_OrdinaryText_Null(string? value)
    {
        Assert.Null(PlainText.Problem(InputLimits.Organization, value));
    }

    [Fact]
    public void IsInvisibleFormat_EachRefusedRange_TrueAndNeighboursFalse()
    {
        char[] refused = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'];
        char[] allowed = ['\u200A', '\u2010', '\u2029', '\u202F', '\u2061', '\u2065', '\u206A', '中', 'a'];

        Assert.All(refused, c => Assert.True(PlainText.IsInvisibleFormat(c), $"U+{(int)c:X4}"));
        Assert.All(allowed, c => Assert.False(PlainText.IsInvisibleFormat(c), $"U+{(int)c:X4}"));
    }
}
