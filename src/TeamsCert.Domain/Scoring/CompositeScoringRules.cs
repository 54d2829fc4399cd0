using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// <c>model: composite</c> (LS/CC9, 000/003 §9, §10, App. C): weighted indicators making up 100 points,
/// lift indicators on top (max 118 with the seed weights) and per-sub-indicator minima.
/// </summary>
public sealed record CompositeScoringRules : ScoringRules
{
    public required IReadOnlyList<WeightedIndicator> Weighted { get; init; }

    public required CompositeGroupTotals GroupTotals { get; init; }

    public required IReadOnlyList<LiftIndicator> Lift { get; init; }

    public required IReadOnlyList<SubIndicatorMinimum> Minima { get; init; }

    /// <summary>Highest reachable composite: the 100-point base plus every lift weight.</summary>
    public decimal Maximum => Weighted.Sum(w => w.Weight) + Lift.Sum(l => l.Weight);

    public override void Validate(RuleDataValidation validation, string jsonPath)
    {
        var totalsPath = $"{jsonPath}.groupTotals";
        var totalsPresent = validation.Require(GroupTotals is not null, totalsPath, "is required");
        if (totalsPresent)
        {
            GroupTotals!.Validate(validation, totalsPath);
        }

        var weightedPath = $"{jsonPath}.weighted";
        if (RuleDataLists.ValidateItems(Weighted, validation, weightedPath))
        {
            RuleDataLists.RequireUniqueNames(Weighted, w => w.Name, validation, weightedPath);
            if (totalsPresent)
            {
                RequireGroupSum(CompositeGroup.Characteristic, "characteristic", validation, totalsPath);
                RequireGroupSum(CompositeGroup.Management, "management", validation, totalsPath);
            }
        }

        var liftPath = $"{jsonPath}.lift";
        if (RuleDataLists.ValidateItems(Lift, validation, liftPath, allowEmpty: true))
        {
            RuleDataLists.RequireUniqueNames(Lift, l => l.Name, validation, liftPath);
        }

        var minimaPath = $"{jsonPath}.minima";
        if (RuleDataLists.ValidateItems(Minima, validation, minimaPath))
        {
            RuleDataLists.RequireUniqueNames(Minima, m => m.Name, validation, minimaPath);
        }
    }

    private void RequireGroupSum(CompositeGroup group, string key, RuleDataValidation validation, string totalsPath)
    {
        var sum = Weighted.Where(w => w is not null && w.Group == group).Sum(w => w.Weight);
        var declared = GroupTotals.For(group);
        validation.Require(
            sum == declared,
            $"{totalsPath}.{key}",
            $"the {key} weights add up to {DecimalText.Format(sum)}, not the declared {DecimalText.Format(declared)}");
    }
}
