namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// Audit-time policy switches (rules reference §3), mapped from the scheme's <c>policies</c> section.
/// Every default is the reference's proposed default. A-15 (headcount above the table) has no switch: it always
/// refuses and asks for a recorded manual figure.
/// </summary>
public sealed record AuditTimePolicies
{
    public static AuditTimePolicies Default { get; } = new();

    /// <summary>A-16.</summary>
    public OnSiteSharePolicy OnSiteShare { get; init; } = OnSiteSharePolicy.MinimumShareOfTotal;

    /// <summary>A-17.</summary>
    public MysteryShoppingPlacement MysteryShopping { get; init; } = MysteryShoppingPlacement.OnTopOfTableTime;

    /// <summary>A-18.</summary>
    public AuditTimeRounding Rounding { get; init; } = AuditTimeRounding.CeilHalfDay;

    /// <summary>A-19.</summary>
    public ServiceSiteTimeReading ServiceSites { get; init; } = ServiceSiteTimeReading.FirstSiteThenPerAdditionalSite;
}
