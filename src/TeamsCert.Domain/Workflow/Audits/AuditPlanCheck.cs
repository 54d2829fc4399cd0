namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>
/// What every audit plan (initial, recertification, surveillance) must satisfy: sent by the assigned team leader, an
/// on-site start after today, and at least 3 working days before it where the scheme says so (TEL-D02).
/// </summary>
internal static class AuditPlanCheck
{
    /// <returns>The on-site start and the scheme's plan-notice rule id (null when the scheme has none).</returns>
    public static (DateOnly OnSite, string? RuleId) Validate(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var onSite = StepData.Date(data, "onSiteStart");
        if (onSite <= context.Today)
        {
            throw new InvalidInputException("data.onSiteStart", "现场审核开始日期应在今天之后 / data.onSiteStart must be after today");
        }

        var ruleId = context.RuleId("onSiteStart", "auditPlanSent");
        if (ruleId is not null && context.Process.CheckDeadline(ruleId, onSite, context.Today) is { Met: false } check)
        {
            throw new RuleViolationException(ruleId, $"{check.Message.ZhCn} / {check.Message.En}", "data.onSiteStart");
        }

        return (onSite, ruleId);
    }
}
