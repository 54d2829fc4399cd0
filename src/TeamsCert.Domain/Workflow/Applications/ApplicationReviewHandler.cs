namespace TeamsCert.Domain.Workflow.Applications;

/// <summary>
/// Application review (LS-D01, CC9-D01, TEL-D01, AS-D01/A-05): accept, send the one-time deficiency notice listing every
/// missing item (the clock pauses until the applicant answers), or reject with a reason.
/// </summary>
public sealed class ApplicationReviewHandler : IStepHandler
{
    public const string StepKind = "application-review";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["accept", "deficiency", "reject"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        switch (action)
        {
            case "accept":
                context.Complete("accepted", data, data.GetValueOrDefault("comment"));
                context.MoveTo(CaseStage.AuditProgramme, ruleId: context.Step.DueRuleId);
                context.Open(CaseProcess.AuditProgramme, StaffRoles.ProgrammeManager);
                context.Notify("application-accepted", StaffRoles.Applicant);
                break;
            case "deficiency":
                NoticeDeficiency(context, data);
                break;
            case "reject":
                var reason = StepContext.Required(data, "reason");
                context.Complete("rejected", data, reason);
                context.MoveTo(CaseStage.Refused, reason, context.Step.DueRuleId);
                context.Notify("application-rejected", StaffRoles.Applicant, ("reason", reason));
                break;
        }
    }

    private static void NoticeDeficiency(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var ruleId = context.Step.DueRuleId!;
        if (context.Case.Pauses.Count > 0)
        {
            throw new RuleViolationException(ruleId,
                $"{ruleId}：缺件通知须一次性列明全部材料，本案已发过通知 / {ruleId}: the deficiency notice must list every missing item at once and one was already sent", "action");
        }

        var known = context.RuleSet.Eligibility.Materials.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var missing = StepContext.Required(data, "missing").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (missing.FirstOrDefault(code => !known.Contains(code)) is { } unknown)
        {
            throw new InvalidInputException("data.missing", $"未知的材料代码“{unknown}”，应为 {string.Join("、", known)} / unknown material \"{unknown}\"");
        }

        context.Case.OweMaterials(missing);
        context.Case.PauseClock(context.Today, "deficiency-notice");
        context.Process.Reschedule(context.Case, context.Step, context.Now);
        context.Record("application.deficiency-notified", data.GetValueOrDefault("comment"), ruleId,
            new Dictionary<string, string> { ["missing"] = string.Join(",", missing), ["clock"] = "paused" });
        context.MoveTo(CaseStage.AwaitingApplicant, ruleId: ruleId);
        context.Open(ApplicantDocumentsHandler.StepKind, StaffRoles.Applicant);
        context.Notify("application-deficiency", StaffRoles.Applicant, ("missing", string.Join(",", missing)));
    }
}
