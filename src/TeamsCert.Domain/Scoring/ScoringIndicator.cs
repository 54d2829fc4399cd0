using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>One GB/T 27922 indicator (指标项目) of 004 附件一 4: points, number of items and the deduction rule.</summary>
public sealed record ScoringIndicator : IValidatableRuleData
{
    public required string Block { get; init; }

    public required string Name { get; init; }

    public required decimal Points { get; init; }

    public required int Items { get; init; }

    /// <summary>Points per failed item; required for per-item rules, null for <see cref="DeductionRule.AnyFailZero"/>.</summary>
    public decimal? PerItem { get; init; }

    public required DeductionRule Rule { get; init; }

    public bool Excludable { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(!string.IsNullOrWhiteSpace(Block), $"{jsonPath}.block", "is required");
        validation.Require(!string.IsNullOrWhiteSpace(Name), $"{jsonPath}.name", "is required");
        validation.Require(Points > 0, $"{jsonPath}.points", "must be positive");
        var itemsOk = validation.Require(Items >= 1, $"{jsonPath}.items", "must be at least 1");
        if (!validation.Require(Enum.IsDefined(Rule), $"{jsonPath}.rule", "must be anyFailZero, perItem or perItemFloorZero"))
        {
            return;
        }

        var perItemPath = $"{jsonPath}.perItem";
        if (Rule == DeductionRule.AnyFailZero)
        {
            validation.Require(PerItem is null, perItemPath, "must be null for anyFailZero (the whole indicator is lost)");
            return;
        }

        if (!validation.Require(PerItem is > 0, perItemPath, $"is required and must be positive for rule {Rule}") || !itemsOk)
        {
            return;
        }

        var full = Items * PerItem!.Value;
        if (Rule == DeductionRule.PerItem)
        {
            validation.Require(full <= Points, perItemPath, $"items × perItem = {DecimalText.Format(full)} exceeds the {DecimalText.Format(Points)} points; use perItemFloorZero (扣完为止)");
        }
        else
        {
            validation.Require(full >= Points, perItemPath, $"items × perItem = {DecimalText.Format(full)} is below the {DecimalText.Format(Points)} points, so 扣完为止 never applies; use perItem");
        }
    }
}
