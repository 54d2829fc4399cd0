using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>Fixed on-site day ranges per audit kind (LS/CC9: 000 §5.3, 003 §5.3).</summary>
public sealed record FixedDaysTable : IValidatableRuleData
{
    public required DayRange Initial { get; init; }

    public required DayRange Surveillance { get; init; }

    public required DayRange Recertification { get; init; }

    public DayRange For(AuditKind kind) => kind switch
    {
        AuditKind.Initial => Initial,
        AuditKind.Surveillance => Surveillance,
        AuditKind.Recertification => Recertification,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown audit kind."),
    };

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        ValidateRange(Initial, validation, $"{jsonPath}.initial");
        ValidateRange(Surveillance, validation, $"{jsonPath}.surveillance");
        ValidateRange(Recertification, validation, $"{jsonPath}.recertification");
    }

    // JSON null slips past `required`, so each range is checked before it validates itself.
    private static void ValidateRange(DayRange? range, RuleDataValidation validation, string path)
    {
        if (validation.Require(range is not null, path, "is required"))
        {
            range!.Validate(validation, path);
        }
    }
}
