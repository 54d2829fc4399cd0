using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>A grade band (004 附件一 3.3): scores at or above <see cref="Minimum"/> get <see cref="Name"/>.</summary>
public sealed record ScoreBand : IValidatableRuleData
{
    public required decimal Minimum { get; init; }

    public required LocalizedText Name { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        if (validation.Require(Name is not null, $"{jsonPath}.name", "is required"))
        {
            validation.Require(!string.IsNullOrWhiteSpace(Name!.ZhCn), $"{jsonPath}.name.zhCn", "is required");
            validation.Require(!string.IsNullOrWhiteSpace(Name.En), $"{jsonPath}.name.en", "is required");
        }
    }
}
