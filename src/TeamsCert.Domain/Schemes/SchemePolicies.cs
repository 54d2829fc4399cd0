using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Policies;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.Domain.Schemes;

/// <summary>Turns a scheme's A-flag strings into the typed options each calculator takes.</summary>
public static class SchemePolicies
{
    public static AuditTimePolicies AuditTime(PolicySettings p) => new()
    {
        OnSiteShare = p.Is("A-16", "notApplied") ? OnSiteSharePolicy.NotApplied : OnSiteSharePolicy.MinimumShareOfTotal,
        MysteryShopping = p.Is("A-17", "inside") ? MysteryShoppingPlacement.InsideTableTime : MysteryShoppingPlacement.OnTopOfTableTime,
        Rounding = p["A-18"] switch
        {
            "nearestHalfDay" => AuditTimeRounding.NearestHalfDay,
            "none" => AuditTimeRounding.None,
            _ => AuditTimeRounding.CeilHalfDay,
        },
        ServiceSites = p.Is("A-19", "quarterPerSite") ? ServiceSiteTimeReading.LiteralPerSite : ServiceSiteTimeReading.FirstSiteThenPerAdditionalSite,
    };

    public static CompositeScoringPolicies Composite(PolicySettings p) => new()
    {
        PassRule = p.Is("A-21", "noPassDecision") ? CompositePassRule.NoPassDecision : CompositePassRule.MinimaAndNoMajorNonconformity,
        MinimumComparison = p.Is("A-22", "strict") ? MinimumComparison.Strict : MinimumComparison.Inclusive,
    };

    public static GbT27922Policies GbT27922(PolicySettings p) => new()
    {
        PerItemShortfall = p["A-26"] switch
        {
            "literalPerItem" => PerItemShortfall.LiteralPerItem,
            "lastItemTakesRemainder" => PerItemShortfall.LastItemTakesRemainder,
            _ => PerItemShortfall.AllFailZero,
        },
        AdjustmentOrder = p.Is("A-28", "adjustThenNormalise") ? AdjustmentOrder.AdjustThenNormalise : AdjustmentOrder.NormaliseThenAdjust,
        SurveillanceSpecialDeductions = p.Is("A-35", "initialOnly") ? SurveillanceSpecialDeductions.ScoreOnly : SurveillanceSpecialDeductions.FailRuleApplies,
    };
}
