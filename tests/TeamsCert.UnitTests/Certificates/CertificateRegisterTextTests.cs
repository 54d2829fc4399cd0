using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.UnitTests.Certificates;

/// <summary>The public register's status names (§2.9; 000 App. B.3) and grade text (§2.6).</summary>
public sealed class CertificateRegisterTextTests
{
    [Theory]
    [InlineData(CertificateState.Valid, "valid", "有效", "Valid")]
    [InlineData(CertificateState.Suspended, "suspended", "暂停", "Suspended")]
    [InlineData(CertificateState.Revoked, "revoked", "撤销", "Revoked")]
    [InlineData(CertificateState.Cancelled, "cancelled", "注销", "Cancelled")]
    [InlineData(CertificateState.Expired, "expired", "过期", "Expired")]
    public void StatusText_EachState_CodeAndBilingualNameRoundTrip(CertificateState state, string code, string zh, string en)
    {
        Assert.Equal((code, zh, en), (CertificateStatusText.Code(state), CertificateStatusText.Name(state).ZhCn, CertificateStatusText.Name(state).En));
        Assert.Equal(state, CertificateStatusText.Parse(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Valid")]
    [InlineData("withdrawn")]
    public void StatusText_UnknownCode_Null(string? code) => Assert.Null(CertificateStatusText.Parse(code));

    [Theory]
    [InlineData(CertificateState.Valid, "2026-05-31", CertificateState.Valid)]
    [InlineData(CertificateState.Valid, "2026-06-01", CertificateState.Expired)]
    [InlineData(CertificateState.Suspended, "2026-06-01", CertificateState.Expired)]
    [InlineData(CertificateState.Revoked, "2026-06-01", CertificateState.Revoked)]
    [InlineData(CertificateState.Cancelled, "2026-06-01", CertificateState.Cancelled)]
    public void StatusOnDate_PastLastDayOfValidity_ValidOrSuspendedShownExpired(CertificateState recorded, string today, CertificateState expected) =>
        Assert.Equal(expected, CertificateStatusText.OnDate(recorded, new DateOnly(2026, 5, 31), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void GradeText_StarLevelOnCertificate_ShownAsRecorded()
    {
        var certificate = Certificate("五星级");

        Assert.Equal("五星级", CertificateGradeText.For(certificate, Score("starLevel", 2800m, "四星级"), current: true));
        Assert.Equal("五星级", CertificateGradeText.For(certificate, null, current: false));
    }

    [Fact]
    public void GradeText_LsCompositeOnCurrentCertificate_CompositeValueZhThenEn()
    {
        var grade = CertificateGradeText.For(Certificate(null), Score("composite", 87.456m, null), current: true);

        Assert.Equal("综合评价 87.46 分 / composite 87.46", grade);
    }

    [Fact]
    public void GradeText_ReplacedCertificateWithoutRecordedGrade_NoGradeFromCurrentScore()
    {
        Assert.Null(CertificateGradeText.For(Certificate(null), Score("composite", 90m, null), current: false));
        Assert.Null(CertificateGradeText.For(Certificate(null), Score("gbt27922", 90m, null), current: true));
    }

    private static CertificateFacts Certificate(string? grade) => new()
    {
        Number = "TEL-2025-0001",
        DisplayNumber = "TEL-2025-0001",
        Sequence = 1,
        IssuedOn = new DateOnly(2025, 6, 1),
        ExpiresOn = new DateOnly(2028, 5, 31),
        Grade = grade,
    };

    private static ScoreFacts Score(string model, decimal value, string? grade) => new() { Model = model, Value = value, Grade = grade, InputJson = "{}" };
}
