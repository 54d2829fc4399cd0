using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>Surveillance or recertification time as a fraction of the initial time, with a floor in days.</summary>
public sealed record InitialFractionRule : IValidatableRuleData
{
    public required int Numerator { get; init; }

    public required int Denominator { get; init; }

    /// <summary>Floor applied after the fraction; 0 = no floor (e.g. IAF MD 5 gives none).</summary>
    public required decimal MinimumDays { get; init; }

    /// <summary>Seed section or standard the fraction and floor come from, quoted in the justification.</summary>
    public string? Source { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Numerator >= 1, $"{jsonPath}.numerator", "must be at least 1");
        if (validation.Require(Denominator >= 1, $"{jsonPath}.denominator", "must be at least 1"))
        {
            validation.Require(Numerator <= Denominator, $"{jsonPath}.numerator", "must not exceed the denominator");
        }

        validation.Require(MinimumDays >= 0, $"{jsonPath}.minimumDays", "must not be negative");
    }
}
