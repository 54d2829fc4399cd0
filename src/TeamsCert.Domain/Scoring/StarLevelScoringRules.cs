using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary><c>model: starLevels</c>: TEL call-centre star levels (002 §6, after CC-CMM 2018).</summary>
public sealed record StarLevelScoringRules : ScoringRules
{
    public required IReadOnlyList<StarLevel> Levels { get; init; }

    public override void Validate(RuleDataValidation validation, string jsonPath)
    {
        var path = $"{jsonPath}.levels";
        if (!RuleDataLists.ValidateItems(Levels, validation, path))
        {
            return;
        }

        var ranks = new HashSet<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Levels.Count; i++)
        {
            if (Levels[i] is not { } level)
            {
                continue;
            }

            validation.Require(ranks.Add(level.Rank), $"{path}[{i}].rank", $"duplicate rank {level.Rank}");
            if (level.Name?.ZhCn is { } name)
            {
                validation.Require(names.Add(name), $"{path}[{i}].name.zhCn", $"duplicate level name '{name}'");
            }
        }
    }
}
