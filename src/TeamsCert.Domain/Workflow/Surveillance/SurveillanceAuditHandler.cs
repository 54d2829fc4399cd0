using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// A surveillance audit done, with its dates, once its own team has accepted and its plan is acknowledged (otherwise
/// <see cref="StepNotReadyException"/> names the step that comes first). Refused past its limit (AS-D03, A-08 hard stop, TEL-D05, LS-D03/CC9-D03);
/// between the A-08 warning (12 M) and the limit it needs a recorded justification; TEL-D02 applies to its plan;
/// AS scores it on the GB/T 27922 sheet (<c>data.score</c>, 004 §5.7.3, A-35). The decision maker then decides on it.
/// Not done by the limit, the runtime puts a suspension to the programme manager (<see cref="MissedSurveillance"/>).
/// </summary>
public sealed class SurveillanceAuditHandler : IStepHandler, IOverdueAction
{
    public const string StepKind = "surveillance-audit";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["complete"];

    /// <summary>Past the scheme's limit a suspension is put to the programme manager (<see cref="MissedSurveillance"/>); nothing is suspended here.</summary>
    public void OnOverdue(StepContext context) => MissedSurveillance.OnOverdue(context);

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var start = StepData.Date(data, "start");
        var end = StepData.Date(data, "end");
        if (end < start || end > context.Today)
        {
            throw new InvalidInputException("data.end", "结束日期须在开始日期之后且不晚于今天 / data.end must be on or after data.start and not in the future");
        }

        // The surveillance's own team and plan come first (002 §9.2.3–9.2.5; 004 §5.7): no shortcut around them.
        var surveillance = facts.Surveillances.First(s => s.DoneOn is null);
        var leader = Leader(surveillance) ?? throw new StepNotReadyException(SurveillanceTeamAcceptanceHandler.StepKind,
            "监督审核组尚未指派或组长尚未接受（surveillance-team-assignment / surveillance-team-acceptance） / "
            + "the surveillance team is not assigned or its leader has not accepted yet");
        var plan = surveillance.Plan is { AcknowledgedOn: not null } acknowledged ? acknowledged : throw new StepNotReadyException(
            surveillance.Plan is null ? SurveillanceAuditPlanHandler.StepKind : SurveillanceAuditPlanHandler.AcknowledgementKind,
            "监督审核计划尚未发出或受审核方尚未确认 / the surveillance audit plan has not been sent or acknowledged yet");

        // TEL-D02 also governs surveillance (002 §9.2.5): checked against the day the audit really started.
        if (context.RuleId("onSiteStart", "auditPlanSent") is { } planRule
            && context.Process.CheckDeadline(planRule, start, plan.SentOn) is { Met: false } latePlan)
        {
            throw new RuleViolationException(planRule, $"{latePlan.Message.ZhCn} / {latePlan.Message.En}", "data.start");
        }

        // The scheme's limit governs even when A-36 brought the due date forward.
        var ruleId = surveillance.RuleId;
        var check = context.Process.CheckDeadline(ruleId, surveillance.Anchor ?? context.Step.DueAnchor!.Value, start);
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
        var audit = new AuditFacts { Kind = $"surveillance{surveillance.Number}", Start = start, End = end, LeaderId = leader };
        facts.AuditsList.Add(audit);
        context.Complete("completed", data, justification, ruleId);
        foreach (var chain in context.Case.Steps.Where(s => s.Status == StepStatus.Open && s.Kind.StartsWith("surveillance-", StringComparison.Ordinal) && s != context.Step).ToList())
        {
            context.Case.Cancel(chain, context.Actor, context.Now, "surveillance audit completed");
        }

        context.Open(SurveillanceDecisionHandler.StepKind, "decisionMaker");
    }

    private static string? Leader(SurveillanceFacts surveillance) =>
        surveillance.Team.FirstOrDefault(m => m.Status == TeamMemberStatus.Accepted && m.Role == TeamsCert.Domain.AuditTeams.TeamRole.TeamLeader)?.PersonId;
}
