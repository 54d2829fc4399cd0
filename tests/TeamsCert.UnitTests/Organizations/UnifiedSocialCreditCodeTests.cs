using TeamsCert.Domain;
using TeamsCert.Domain.Organizations;

namespace TeamsCert.UnitTests.Organizations;

/// <summary>统一社会信用代码 (GB 32100-2015): charset, length and check character.</summary>
public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43", "91350100M000100Y43")]
    [InlineData(" 91350100m000100y43 ", "91350100M000100Y43")]
    public void Normalize_ValidCode_ReturnsUpperCaseTrimmed(string input, string expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.Normalize(input, "organizationCode"));

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100I000100Y43")]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4-")]
    public void Normalize_BadLengthCharacterOrCheck_RefusedNamingField(string input)
    {
        var error = Assert.Throws<InvalidInputException>(() => UnifiedSocialCreditCode.Normalize(input, "organizationCode"));

        Assert.Equal("organizationCode", error.Field);
    }
}
