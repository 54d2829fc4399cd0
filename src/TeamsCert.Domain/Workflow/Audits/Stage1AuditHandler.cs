using TeamsCert.Domain.Workflow.AuditTeams;

namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>
/// Stage 1 done: its dates and findings. The plan must still have been sent in time for the actual first day (TEL-D02)
/// and mystery shopping must precede it (TEL-D04). Opens stage 2, due by AS-D02 where the scheme has it.
/// </summary>
public sealed class Stage1AuditHandler : IStepHandler
{
    public const string StepKind = "stage1-audit";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["complete"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var (start, end) = AuditRecording.Dates(context, data);
        if (context.RuleId("onSiteStart", "auditPlanSent") is { } planRule
            && context.Process.CheckDeadline(planRule, start, facts.Plan!.SentOn) is { Met: false } late)
        {
            throw new RuleViolationException(planRule, $"{late.Message.ZhCn} / {late.Message.En}", "data.start");
        }

        if (context.RuleId("onSiteStart", "mysteryShopping") is { } shoppingRule)
        {
            if (facts.MysteryShoppingOn is not { } shopped)
            {
                throw new RuleViolationException(shoppingRule, $"{shoppingRule}：现场审查前须完成暗访 / mystery shopping must be done before the on-site review", "action");
            }

            if (context.Process.CheckDeadline(shoppingRule, start, shopped) is { Met: false } after)
            {
                throw new RuleViolationException(shoppingRule, $"{after.Message.ZhCn} / {after.Message.En}", "data.start");
            }
        }

        var findings = AuditRecording.Findings(data, "stage1");
        AuditRecording.Record(context, "stage1", start, end, findings);
        var interval = context.RuleId("stage1End", "stage2Start");
        context.Complete("completed", data, StepData.Optional(data, "comment"));
        context.OpenFor(Stage2AuditHandler.StepKind, TeamRoles.TeamLeader, facts.Leader!.PersonId, interval, end);
    }
}
