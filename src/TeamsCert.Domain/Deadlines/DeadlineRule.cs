using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Deadlines;

/// <summary>
/// One time-window rule of a scheme (rules reference §2.1), e.g. <c>TEL-D03</c>: audit file complete → decision ≤ 10 WD.
/// <see cref="Policy"/> names the A-flag that supplies the number when the seed gives none (e.g. A-05).
/// </summary>
public sealed record DeadlineRule : IValidatableRuleData
{
    public required string Id { get; init; }

    public required string Anchor { get; init; }

    public required string Target { get; init; }

    public required DeadlineKind Kind { get; init; }

    /// <summary>Working days or months, depending on <see cref="Kind"/>; unused for the before/on-or-before kinds.</summary>
    public int Value { get; init; }

    /// <summary>For month windows: a softer limit past which the target needs a recorded justification (A-08).</summary>
    public int? WarningValue { get; init; }

    /// <summary>For month windows: a minimum gap in days after the anchor (AS-D02: at least half a day, so the next day).</summary>
    public decimal? MinimumGapDays { get; init; }

    /// <summary>The policy flag whose integer value overrides <see cref="Value"/> (e.g. A-05, A-07, A-11).</summary>
    public string? Policy { get; init; }

    /// <summary>Whether a clock pause (A-06: more information requested; deficiency notice) extends this deadline.</summary>
    public bool Pausable { get; init; }

    /// <summary>Triggers exempt from this rule (AS-D09: suspension for an expired licence lasts until the licensing decision).</summary>
    public IReadOnlyList<string> ExemptTriggers { get; init; } = [];

    public required string Source { get; init; }

    public required LocalizedText Label { get; init; }

    public string? Note { get; init; }

    internal bool IsWorkingDayKind => Kind is DeadlineKind.WithinWorkingDaysAfter or DeadlineKind.AtLeastWorkingDaysBefore;

    internal bool IsMonthKind => Kind is DeadlineKind.WithinMonthsAfter or DeadlineKind.AtLeastMonthsBefore
        or DeadlineKind.NoneWithinMonthsBefore or DeadlineKind.OpensMonthsBefore;

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(
            System.Text.RegularExpressions.Regex.IsMatch(Id, @"^((LS|CC9|TEL|AS)-[DE]\d{2}|A-\d{2})$"),
            $"{jsonPath}.id", $"\"{Id}\" is not a deadline rule id like TEL-D03 or LS-E01");
        validation.Require(!string.IsNullOrWhiteSpace(Anchor), $"{jsonPath}.anchor", "the anchor event is required");
        validation.Require(!string.IsNullOrWhiteSpace(Target), $"{jsonPath}.target", "the target event is required");
        validation.Require(!string.IsNullOrWhiteSpace(Source), $"{jsonPath}.source", "the seed section is required");
        if ((IsWorkingDayKind || IsMonthKind) && Policy is null)
        {
            validation.Require(Value > 0, $"{jsonPath}.value", $"{Kind} needs a positive value");
        }

        if (WarningValue is { } warning)
        {
            validation.Require(Kind == DeadlineKind.WithinMonthsAfter, $"{jsonPath}.warningValue", "only month windows take a warning value");
            validation.Require(warning > 0 && warning < Value, $"{jsonPath}.warningValue", "must be positive and below value");
        }

        validation.Require(MinimumGapDays is null || Kind == DeadlineKind.WithinMonthsAfter, $"{jsonPath}.minimumGapDays",
            "only month windows take a minimum gap");
        validation.Require(!Pausable || IsWorkingDayKind, $"{jsonPath}.pausable", "only working-day deadlines can pause");
    }
}
