using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// A surveillance audit done, with its dates: refused past its limit (AS-D03, A-08 hard stop, TEL-D05, LS-D03/CC9-D03);
/// between the A-08 warning (12 M) and the limit it needs a recorded justification; TEL-D02 applies to its plan;
/// AS scores it on the GB/T 27922 sheet (<c>data.score</c>, 004 §5.7.3, A-35). The decision maker then decides on it.
/// </summary>
public sealed class SurveillanceAuditHandler : IStepHandler
{
    public const string StepKind = "surveillance-audit";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["complete"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var start = StepData.Date(data, "start");
        var end = StepData.Date(data, "end");
        if (end < start || end > context.Today)
        {
            throw new InvalidInputException("data.end", "结束日期须在开始日期之后且不晚于今天 / data.end must be on or after data.start and not in the future");
        }

        // TEL-D02 also governs surveillance (002 §9.2.5): the plan went out at least 3 WD before the first day; a plan
        // sent through surveillance-audit-plan is already on record.
        var surveillance = facts.Surveillances.First(s => s.DoneOn is null);
        var planSent = surveillance.Plan?.SentOn;
        if (context.RuleId("onSiteStart", "auditPlanSent") is { } planRule
            && context.Process.CheckDeadline(planRule, start, planSent ?? StepData.Date(data, "planSentOn")) is { Met: false } latePlan)
        {
            throw new RuleViolationException(planRule, $"{latePlan.Message.ZhCn} / {latePlan.Message.En}", planSent is null ? "data.planSentOn" : "data.start");
        }

        var ruleId = context.Step.DueRuleId!;
        var check = context.Process.CheckDeadline(ruleId, context.Step.DueAnchor!.Value, start);
        if (!check.Met)
        {
            throw new RuleViolationException(ruleId, $"{check.Message.ZhCn} / {check.Message.En}", "data.start");
        }

        var justification = StepData.Optional(data, "justification");
        if (check.RequiresJustification && justification is null)
        {
            throw new RuleViolationException(ruleId, $"{check.Message.ZhCn} / {check.Message.En}", "data.justification");
        }

        surveillance.Score = SurveillanceScore.Record(context, data);
        surveillance.DoneOn = start;
        surveillance.Justification = justification;
        var audit = new AuditFacts { Kind = $"surveillance{surveillance.Number}", Start = start, End = end, LeaderId = Leader(surveillance) ?? StepContext.Required(data, "teamLeader") };
        facts.Audits.Add(audit);
        context.Complete("completed", data, justification, ruleId);
        foreach (var chain in context.Case.Steps.Where(s => s.Status == StepStatus.Open && s.Kind.StartsWith("surveillance-", StringComparison.Ordinal) && s != context.Step).ToList())
        {
            context.Case.Cancel(chain, context.Actor, context.Now, "surveillance audit completed");
        }

        context.Open(SurveillanceDecisionHandler.StepKind, "decisionMaker");
    }

    private static string? Leader(SurveillanceFacts surveillance) =>
        surveillance.Team.FirstOrDefault(m => m.Status == TeamMemberStatus.Accepted && m.Role == TeamsCert.Domain.Teams.TeamRole.TeamLeader)?.PersonId;
}
