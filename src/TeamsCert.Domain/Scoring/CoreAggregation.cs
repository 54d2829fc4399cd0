namespace TeamsCert.Domain.Scoring;

/// <summary>
/// How the core-part percentages of a TEL star level are checked (002 §6, flag A-25: "1.0~4.0中" for 四星级 vs
/// "1.0~4.0 每一部分中" for 五星级, kept as written).
/// </summary>
public enum CoreAggregation
{
    /// <summary>Counts summed over all core parts, then the percentage checked once.</summary>
    Aggregate,

    /// <summary>The percentage checked in each core part separately.</summary>
    PerPart,
}
