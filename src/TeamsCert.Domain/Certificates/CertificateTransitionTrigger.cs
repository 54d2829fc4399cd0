using System.Text.RegularExpressions;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>One reason a scheme gives for a status change, JSON <c>$.certificate.transitions[i].triggers[j]</c>.</summary>
public sealed partial record CertificateTransitionTrigger : IValidatableRuleData
{
    /// <summary>Stable kebab-case code, e.g. <c>persistent-failure</c>.</summary>
    public string Code { get; init; } = "";

    public LocalizedText Label { get; init; } = new("", "");

    /// <summary>Seed section, e.g. <c>004 §5.10.2.1(1)</c>.</summary>
    public string Source { get; init; } = "";

    /// <summary>Deadline for the certification body to act once the trigger is verified (e.g. <c>AS-D08</c>).</summary>
    public string? DeadlineRuleId { get; init; }

    /// <summary>Deadline whose expiry raises this trigger (e.g. <c>TEL-D07</c> for an unresolved suspension).</summary>
    public string? TimerRuleId { get; init; }

    /// <summary>Ambiguity flag the trigger depends on (<c>A-30</c>, <c>A-31</c>); policy options can switch it.</summary>
    public string? Flag { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Code is not null && KebabCode().IsMatch(Code), $"{jsonPath}.code",
            "must be a kebab-case code such as 'persistent-failure'");
        RuleDataText.RequireLabel(validation, Label, $"{jsonPath}.label");
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
        validation.Require(DeadlineRuleId is null || RuleDataText.IsRuleId(DeadlineRuleId), $"{jsonPath}.deadlineRuleId",
            "must be a rule id such as 'AS-D08'");
        validation.Require(TimerRuleId is null || RuleDataText.IsRuleId(TimerRuleId), $"{jsonPath}.timerRuleId",
            "must be a rule id such as 'TEL-D07'");
        validation.Require(Flag is null || RuleDataText.IsFlag(Flag), $"{jsonPath}.flag", "must be a flag id such as 'A-31'");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCode();
}
