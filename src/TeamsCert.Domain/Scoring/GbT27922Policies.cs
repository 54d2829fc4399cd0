using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// AS (GB/T 27922) policy switches, mapped from the scheme's <c>policies</c> section; defaults per rules reference §3.
/// <see cref="Validate"/> rejects choices that are not implemented, so a bad policy fails when the rule set loads.
/// </summary>
public sealed record GbT27922Policies : IValidatableRuleData
{
    public static GbT27922Policies Default { get; } = new();

    /// <summary>A-26.</summary>
    public PerItemShortfall PerItemShortfall { get; init; } = PerItemShortfall.AllFailZero;

    /// <summary>A-27.</summary>
    public SampledIndicatorDeduction SampledIndicators { get; init; } = SampledIndicatorDeduction.BlockRuleWins;

    /// <summary>A-28.</summary>
    public AdjustmentOrder AdjustmentOrder { get; init; } = AdjustmentOrder.NormaliseThenAdjust;

    /// <summary>A-35.</summary>
    public SurveillanceSpecialDeductions SurveillanceSpecialDeductions { get; init; } = SurveillanceSpecialDeductions.FailRuleApplies;

    internal const string ProportionalNotImplemented =
        "A-27: proportional deduction for sampled indicators is not implemented (the input carries failed items, not sample shares); use blockRuleWins";

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Enum.IsDefined(PerItemShortfall), $"{jsonPath}['A-26']", "unknown A-26 option");
        validation.Require(SampledIndicators == SampledIndicatorDeduction.BlockRuleWins, $"{jsonPath}['A-27']", ProportionalNotImplemented);
        validation.Require(Enum.IsDefined(AdjustmentOrder), $"{jsonPath}['A-28']", "unknown A-28 option");
        validation.Require(Enum.IsDefined(SurveillanceSpecialDeductions), $"{jsonPath}['A-35']", "unknown A-35 option");
    }
}
