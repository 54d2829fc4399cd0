using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Decisions;
using TeamsCert.Domain.Workflow.Certificates;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Domain.Workflow.Findings;
using TeamsCert.Domain.Workflow.Recertification;

namespace TeamsCert.Domain.Workflow.Decisions;

/// <summary>
/// The certification decision (§2.7), due by TEL-D03 where the scheme has it. Whoever audited the case cannot decide
/// (TEL-R01, AS-R01, A-13). More information pauses the clock (A-06); a conditional grant issues nothing until the
/// corrections are verified (A-34); a refusal needs written reasons. A recertification decision also records the
/// cycle's surveillance results and the complaints count (<c>data.complaints</c>, 004 §5.8.2.2).
/// </summary>
public sealed class CertificationDecisionHandler : IStepHandler
{
    public const string StepKind = "certification-decision";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["decide"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        DecisionIndependence.Ensure(context);
        var code = StepContext.Required(data, "outcome");
        var kind = context.Case.Facts.Recertification is null ? "initial" : "recertification";
        var outcome = context.RuleSet.Outcomes.FirstOrDefault(o => o.Code == code && o.AuditKinds.Contains(kind))
            ?? throw new InvalidInputException("data.outcome",
                $"应为 {string.Join(", ", context.RuleSet.Outcomes.Where(o => o.AuditKinds.Contains(kind)).Select(o => o.Code))} / unknown outcome \"{code}\"");
        var reasons = outcome.RequiresReasons ? StepContext.Required(data, "reasons") : StepData.Optional(data, "reasons");
        var @case = context.Case;
        if (outcome.Effect == OutcomeEffect.MoreInformation)
        {
            RequestInformation(context, reasons);
            return;
        }

        if (outcome.Effect == OutcomeEffect.Grant && @case.Facts.Score is { Passed: false } score)
        {
            // The pass rule of the scheme's score model: AS 004 附件一 3.2, LS/CC9 A-21, TEL no star level (A-25).
            var rule = score.Model switch { "gbt27922" => "004 附件一 3.2", "composite" => "A-21", _ => "A-25" };
            throw new RuleViolationException(rule, $"{rule}：评价未通过（{score.Value}），不能批准认证 / {rule}: the evaluation did not pass ({score.Value}); certification cannot be granted", "data.outcome");
        }

        if (outcome.Effect == OutcomeEffect.ConditionalGrant && @case.Facts.Findings.Any(f => f.Grade == FindingGrade.Major))
        {
            // 000/003 §6.3.2: conditional approval is for minor nonconformities; a major one means refusal.
            var refusal = context.RuleSet.Outcomes.First(o => o.Effect == OutcomeEffect.Refuse).Source;
            throw new RuleViolationException(refusal, $"{refusal}：存在严重不符合项，不能有条件批准 / a major nonconformity rules out conditional approval", "data.outcome");
        }

        @case.Facts.Decision = CyclePerformance.Decide(context, code, reasons, data);
        context.Complete(code, data, reasons);
        switch (outcome.Effect)
        {
            case OutcomeEffect.Grant:
                CertificateIssue.StartNotification(context);
                break;
            case OutcomeEffect.ConditionalGrant:
                // A-34: the certificate waits for verified corrections.
                @case.Facts.CorrectionsVerified = false;
                context.MoveTo(CaseStage.CorrectiveAction, reasons, "A-34");
                context.Open(CorrectiveActionsHandler.StepKind, StaffRoles.Applicant);
                context.Notify("conditional-grant", StaffRoles.Applicant, ("reasons", reasons ?? string.Empty));
                break;
            case OutcomeEffect when @case.Facts.Recertification is not null && @case.Facts.Certificate is { State: not Domain.Certificates.CertificateState.Expired }:
                // The current certificate is not renewed but stays in force until its expiry step ends it.
                context.MoveTo(CaseStage.Certified, reasons);
                context.Notify("recertification-refused", StaffRoles.Applicant, ("reasons", reasons ?? string.Empty));
                break;
            default:
                context.MoveTo(CaseStage.Refused, reasons);
                context.Notify("certification-refused", StaffRoles.Applicant, ("reasons", reasons ?? string.Empty));
                break;
        }
    }

    private static void RequestInformation(StepContext context, string? reasons)
    {
        var @case = context.Case;
        if (@case.Pauses.Any(p => p.End is null))
        {
            throw new RuleViolationException("A-06", "已在等待补充信息 / more information is already awaited", "data.outcome");
        }

        @case.PauseClock(context.Today, "more-information");
        context.Process.Reschedule(@case, context.Step, context.Now);
        context.Record("decision.more-information", reasons, "A-06", new Dictionary<string, string> { ["clock"] = "paused" });
        context.Open(SupplyInformationHandler.StepKind, StaffRoles.Applicant);
        context.Notify("more-information", StaffRoles.Applicant, ("request", reasons ?? string.Empty));
    }
}
