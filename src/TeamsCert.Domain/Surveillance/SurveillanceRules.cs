using System.Globalization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Surveillance;

/// <summary>How a scheme schedules surveillance inside a validity period.</summary>
public sealed record SurveillanceRules : IValidatableRuleData
{
    public required CycleAnchor CycleAnchor { get; init; }

    public string? CycleAnchorRuleId { get; init; }

    /// <summary>Surveillance audits per validity period (AS-D04: exactly two).</summary>
    public required int PerValidity { get; init; }

    public required string PerValidityRuleId { get; init; }

    public required string Source { get; init; }

    public DateOnly CycleStart(DateOnly decidedOn, DateOnly issuedOn) => CycleAnchor == CycleAnchor.Decision ? decidedOn : issuedOn;

    /// <summary>Refuses a surveillance programme with the wrong number of audits for one validity period.</summary>
    public void EnsurePlannedCount(int planned)
    {
        if (planned != PerValidity)
        {
            throw new RuleViolationException(PerValidityRuleId, string.Create(CultureInfo.InvariantCulture,
                $"{PerValidityRuleId}：每个有效期内应安排 {PerValidity} 次监督，方案中为 {planned} 次 / {PerValidity} surveillance audits are required per validity period; the programme has {planned}"),
                "surveillances");
        }
    }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(PerValidity is >= 1 and <= 3, $"{jsonPath}.perValidity", "must be 1, 2 or 3");
        validation.Require(!string.IsNullOrWhiteSpace(PerValidityRuleId), $"{jsonPath}.perValidityRuleId", "a rule id is required");
    }
}
