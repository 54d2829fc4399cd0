namespace TeamsCert.Domain.AuditTime;

// audit time is planned in half person-days.
internal static class HalfDay
{
    public static decimal Ceil(decimal value) => Math.Ceiling(value * 2) / 2;

    public static decimal Nearest(decimal value) => Math.Round(value * 2, MidpointRounding.AwayFromZero) / 2;

    public static decimal Apply(decimal value, AuditTimeRounding rounding) => rounding switch
    {
        AuditTimeRounding.CeilHalfDay => Ceil(value),
        AuditTimeRounding.NearestHalfDay => Nearest(value),
        AuditTimeRounding.None => value,
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown A-18 rounding policy."),
    };

    // A minimum can only be met by rounding up; "None" keeps the exact figure.
    public static decimal CeilUnlessExact(decimal value, AuditTimeRounding rounding) =>
        rounding == AuditTimeRounding.None ? value : Ceil(value);
}
