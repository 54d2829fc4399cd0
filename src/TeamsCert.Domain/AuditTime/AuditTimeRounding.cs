namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// rounding of surveillance/recertification person-days, applied after the floors.
/// Default <see cref="CeilHalfDay"/> so that every "not less than" constraint still holds.
/// </summary>
public enum AuditTimeRounding
{
    /// <summary>Round up to the next 0.5 person-day.</summary>
    CeilHalfDay = 0,

    /// <summary>Round to the nearest 0.5 person-day (IAF MD 5 §2.2.3); can fall below the 1/3 or 2/3 share.</summary>
    NearestHalfDay = 1,

    /// <summary>Keep the exact value.</summary>
    None = 2,
}
