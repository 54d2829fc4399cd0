namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// reading of "每个场所测评时间不少于 0.5 个人日, 大于 1 个服务场所时, 每个服务场所 0.25 人日" (004 §5.1.4.2(8)b).
/// Default <see cref="FirstSiteThenPerAdditionalSite"/>.
/// </summary>
public enum ServiceSiteTimeReading
{
    /// <summary>0.5 + 0.25 × (n − 1).</summary>
    FirstSiteThenPerAdditionalSite = 0,

    /// <summary>max(0.5, 0.25 × n): no increase until the third site.</summary>
    LiteralPerSite = 1,
}
