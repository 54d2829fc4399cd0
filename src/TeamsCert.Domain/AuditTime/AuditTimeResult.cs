namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// Planned audit time with its justification. Person-day fields are set for personnel-table schemes
/// (TEL, AS); <see cref="OnSiteDaysMin"/>/<see cref="OnSiteDaysMax"/> for fixed-day schemes (LS, CC9).
/// </summary>
public sealed record AuditTimeResult
{
    public required AuditKind Kind { get; init; }

    /// <summary>Table-based (management-audit) person-days after fraction, floor and rounding.</summary>
    public decimal? PersonDays { get; init; }

    /// <summary>TEL mystery shopping, per business site (TEL-D04).</summary>
    public decimal? MysteryShoppingPersonDays { get; init; }

    /// <summary>AS service-characteristic evaluation, per service site .</summary>
    public decimal? ServiceCharacteristicPersonDays { get; init; }

    /// <summary>Everything to plan: person-days plus the additions as placed by A-17.</summary>
    public decimal? TotalPersonDays { get; init; }

    /// <summary>A-16 minimum on-site share of <see cref="PersonDays"/>.</summary>
    public decimal? MinimumOnSitePersonDays { get; init; }

    public decimal? OnSiteDaysMin { get; init; }

    public decimal? OnSiteDaysMax { get; init; }

    public required IReadOnlyList<JustificationStep> Justification { get; init; }
}
