using TeamsCert.Domain.Deadlines;

namespace TeamsCert.Domain.Eligibility;

/// <summary>
/// Checks an application against the scheme's conditions, materials and dated eligibility rules (LS-E01, CC9-E01,
/// AS-D07) and returns every shortfall at once, because the notice to the applicant must be one-time (LS-D01).
/// </summary>
public sealed class EligibilityChecker(DeadlineCalculator deadlines)
{
    public const string ApplicationAnchor = "applicationReceived";

    public EligibilityResult Check(EligibilityRules rules, IEnumerable<DeadlineRule> schemeDeadlines, ApplicationFacts facts)
    {
        var missing = rules.Materials.Where(m => !facts.SubmittedMaterials.Contains(m.Code)).ToList();
        var unmet = rules.Conditions.Where(c => !facts.MetConditions.Contains(c.Code)).ToList();
        var failed = new List<DeadlineCheck>();
        foreach (var rule in schemeDeadlines.Where(IsEligibilityRule))
        {
            if (facts.EventDates.TryGetValue(rule.Target, out var date))
            {
                var check = deadlines.Check(rule, facts.ReceivedOn, date);
                if (!check.Met)
                {
                    failed.Add(check);
                }
            }
            else if (rule.Kind == DeadlineKind.AtLeastMonthsBefore)
            {
                // A start date that must lie far enough back cannot be assumed: without it the rule is not shown to hold.
                var window = deadlines.Window(rule, facts.ReceivedOn);
                failed.Add(new DeadlineCheck(rule.Id, facts.ReceivedOn, false, false, window, new LocalizedText(
                    $"{rule.Id}：未提供“{rule.Target}”日期。{window.Explanation.ZhCn}",
                    $"{rule.Id}: the date of \"{rule.Target}\" was not given. {window.Explanation.En}")));
            }
        }

        return new EligibilityResult(missing, unmet, failed);
    }

    private static bool IsEligibilityRule(DeadlineRule rule) =>
        rule.Anchor == ApplicationAnchor && rule.Kind is DeadlineKind.AtLeastMonthsBefore or DeadlineKind.NoneWithinMonthsBefore;
}
