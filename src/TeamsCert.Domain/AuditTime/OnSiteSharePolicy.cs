namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// how the garbled note "体系认证审查时间不低于总审查时间的80%" (002 §12 附录A 注1 a) is applied.
/// Default <see cref="MinimumShareOfTotal"/> (the IAF MD 5 reading).
/// </summary>
public enum OnSiteSharePolicy
{
    /// <summary>Report the minimum on-site person-days = share × audit time, rounded up to the A-18 step.</summary>
    MinimumShareOfTotal = 0,

    /// <summary>Do not derive an on-site minimum.</summary>
    NotApplied = 1,
}
