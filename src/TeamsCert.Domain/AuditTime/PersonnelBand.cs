using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>One row of an audit-time table: effective personnel range (inclusive) → initial audit days (stage 1 + 2).</summary>
public sealed record PersonnelBand : IValidatableRuleData
{
    public required int MinPersonnel { get; init; }

    public required int MaxPersonnel { get; init; }

    public required decimal InitialDays { get; init; }

    public bool Contains(int personnel) => personnel >= MinPersonnel && personnel <= MaxPersonnel;

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(MinPersonnel >= 1, $"{jsonPath}.minPersonnel", "must be at least 1");
        validation.Require(MaxPersonnel >= MinPersonnel, $"{jsonPath}.maxPersonnel", "must not be below minPersonnel");
        validation.Require(InitialDays > 0, $"{jsonPath}.initialDays", "must be positive");
    }
}
