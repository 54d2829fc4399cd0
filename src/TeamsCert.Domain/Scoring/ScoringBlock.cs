using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// A GB/T 27922 block (指标大类) with its points (004 附件一 2.1). <see cref="ExclusionsAllowed"/> marks the block
/// whose indicators may be excluded (商品服务, "可根据商品性质, 选择相关服务内容"; 附件一 2.2).
/// </summary>
public sealed record ScoringBlock : IValidatableRuleData
{
    public required string Name { get; init; }

    public required decimal Points { get; init; }

    public bool ExclusionsAllowed { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(!string.IsNullOrWhiteSpace(Name), $"{jsonPath}.name", "is required");
        validation.Require(Points > 0, $"{jsonPath}.points", "must be positive");
    }
}
