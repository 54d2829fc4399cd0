using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// <c>model: gbt27922</c>: the AS after-sales scoring sheet (004 附件一): blocks of 40/35/25 points, indicators with
/// deduction rules, pass mark, special-deduction fail count, bonus, cap and grade bands.
/// </summary>
public sealed record GbT27922ScoringRules : ScoringRules
{
    /// <summary>附件一 2.1: "满分 100 分"; blocks must add up to it.</summary>
    public const decimal FullScore = 100;

    public required IReadOnlyList<ScoringBlock> Blocks { get; init; }

    public required IReadOnlyList<ScoringIndicator> Indicators { get; init; }

    public required decimal PassMark { get; init; }

    public required int SpecialDeductionFailCount { get; init; }

    public required int BonusMaximum { get; init; }

    public required decimal Cap { get; init; }

    public required IReadOnlyList<ScoreBand> Bands { get; init; }

    public override void Validate(RuleDataValidation validation, string jsonPath)
    {
        var blocksPath = $"{jsonPath}.blocks";
        var blocksOk = RuleDataLists.ValidateItems(Blocks, validation, blocksPath);
        if (blocksOk)
        {
            RuleDataLists.RequireUniqueNames(Blocks, b => b.Name, validation, blocksPath);
            var sum = Blocks.Where(b => b is not null).Sum(b => b.Points);
            validation.Require(sum == FullScore, blocksPath, $"block points add up to {DecimalText.Format(sum)}, not {DecimalText.Format(FullScore)} (004 附件一 2.1)");
        }

        var indicatorsPath = $"{jsonPath}.indicators";
        if (RuleDataLists.ValidateItems(Indicators, validation, indicatorsPath))
        {
            RuleDataLists.RequireUniqueNames(Indicators, i => i.Name, validation, indicatorsPath);
            if (blocksOk)
            {
                ValidateAgainstBlocks(validation, blocksPath, indicatorsPath);
            }
        }

        validation.Require(Cap > 0, $"{jsonPath}.cap", "must be positive");
        validation.Require(PassMark > 0 && PassMark <= Cap, $"{jsonPath}.passMark", "must be above 0 and at most the cap");
        validation.Require(SpecialDeductionFailCount >= 1, $"{jsonPath}.specialDeductionFailCount", "must be at least 1");
        validation.Require(BonusMaximum >= 0, $"{jsonPath}.bonusMaximum", "must not be negative");
        ValidateBands(validation, $"{jsonPath}.bands");
    }

    private void ValidateAgainstBlocks(RuleDataValidation validation, string blocksPath, string indicatorsPath)
    {
        var blocks = Blocks.Where(b => b?.Name is not null).GroupBy(b => b.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = Indicators[i];
            if (indicator?.Block is null)
            {
                continue;
            }

            if (!blocks.TryGetValue(indicator.Block, out var block))
            {
                validation.Error($"{indicatorsPath}[{i}].block", $"unknown block '{indicator.Block}'");
            }
            else if (indicator.Excludable && !block.ExclusionsAllowed)
            {
                validation.Error($"{indicatorsPath}[{i}].excludable", $"block '{block.Name}' does not allow exclusions (004 附件一 2.2)");
            }
        }

        for (var b = 0; b < Blocks.Count; b++)
        {
            if (Blocks[b] is not { } block)
            {
                continue;
            }

            var sum = Indicators.Where(i => i is not null && i.Block == block.Name).Sum(i => i.Points);
            validation.Require(sum == block.Points, $"{blocksPath}[{b}].points", $"the indicators of '{block.Name}' add up to {DecimalText.Format(sum)}, not {DecimalText.Format(block.Points)}");
        }
    }

    // Every passing score must land in a band, so the lowest band starts at the pass mark.
    private void ValidateBands(RuleDataValidation validation, string path)
    {
        if (!RuleDataLists.ValidateItems(Bands, validation, path))
        {
            return;
        }

        var seen = new HashSet<decimal>();
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i] is not { } band)
            {
                continue;
            }

            var minimumPath = $"{path}[{i}].minimum";
            validation.Require(band.Minimum >= PassMark && band.Minimum <= Cap, minimumPath, "must lie between the pass mark and the cap");
            validation.Require(seen.Add(band.Minimum), minimumPath, $"duplicate band minimum {DecimalText.Format(band.Minimum)}");
        }

        if (seen.Count == 0)
        {
            return;
        }

        var lowest = seen.Min();
        validation.Require(lowest == PassMark, path, $"the lowest band starts at {DecimalText.Format(lowest)}, not at the pass mark {DecimalText.Format(PassMark)}");
    }
}
