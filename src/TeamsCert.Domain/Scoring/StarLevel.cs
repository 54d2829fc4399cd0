using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>One TEL star level (002 §6): core-part and part-5.0 percentages plus a total score, all of which must hold.</summary>
public sealed record StarLevel : IValidatableRuleData
{
    /// <summary>The key of the optional fifth part that <see cref="Part5"/> applies to.</summary>
    public const string Part5Key = "5.0";

    public required LocalizedText Name { get; init; }

    /// <summary>Higher is better; levels are tried from the highest rank down (CC-CMM L2–L5).</summary>
    public required int Rank { get; init; }

    public required IReadOnlyList<string> CoreParts { get; init; }

    public required CoreAggregation CoreAggregation { get; init; }

    public required decimal MethodMinimum { get; init; }

    public required decimal ExecutedMinimum { get; init; }

    /// <summary>Null when the level does not evaluate part 5.0 (达标级, 三星级).</summary>
    public PartThreshold? Part5 { get; init; }

    public required decimal TotalMinimum { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        var named = validation.Require(Name is not null, $"{jsonPath}.name", "is required");
        if (named)
        {
            validation.Require(!string.IsNullOrWhiteSpace(Name!.ZhCn), $"{jsonPath}.name.zhCn", "is required");
            validation.Require(!string.IsNullOrWhiteSpace(Name.En), $"{jsonPath}.name.en", "is required");
        }

        validation.Require(Rank >= 1, $"{jsonPath}.rank", "must be at least 1");
        ValidateCoreParts(validation, $"{jsonPath}.coreParts");
        validation.Require(Enum.IsDefined(CoreAggregation), $"{jsonPath}.coreAggregation", "must be aggregate or perPart");
        validation.Require(MethodMinimum is >= 0 and <= 100, $"{jsonPath}.methodMinimum", "must be a percentage within 0–100");
        validation.Require(ExecutedMinimum is >= 0 and <= 100, $"{jsonPath}.executedMinimum", "must be a percentage within 0–100");
        Part5?.Validate(validation, $"{jsonPath}.part5");
        validation.Require(TotalMinimum >= 0, $"{jsonPath}.totalMinimum", "must not be negative");
    }

    private void ValidateCoreParts(RuleDataValidation validation, string path)
    {
        if (!validation.Require(CoreParts is { Count: > 0 }, path, "at least one core part is required"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < CoreParts.Count; i++)
        {
            var part = CoreParts[i];
            if (string.IsNullOrWhiteSpace(part))
            {
                validation.Error($"{path}[{i}]", "must not be empty");
            }
            else if (part == Part5Key)
            {
                validation.Error($"{path}[{i}]", "part 5.0 is evaluated through part5, not as a core part");
            }
            else if (!seen.Add(part))
            {
                validation.Error($"{path}[{i}]", $"duplicate part '{part}'");
            }
        }
    }
}
