using System.Globalization;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Certificates;
using TeamsCert.Domain.Workflow.Decisions;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow.SpecialAudits;

/// <summary>
/// The decision on a special audit: maintain, suspend or revoke the certificate through the scheme's state machine
/// (<c>data.trigger</c> for a change). The decision maker must not have audited the case (TEL-R01, AS-R01, A-13). After
/// a major complaint the decision also records whether surveillance frequency increases (A-36, 004 §5.1.4.2(3)); an
/// increase (<c>data.intervalMonths</c>) brings the open surveillance forward and shortens the ones after it.
/// </summary>
public sealed class SpecialAuditDecisionHandler : IStepHandler
{
    public const string StepKind = "special-audit-decision";

    private const string FrequencyRule = "A-36";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["decide"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        DecisionIndependence.Ensure(context);
        var special = context.Case.Facts.SpecialAudits.Last(s => s.DoneOn is not null);
        var outcome = StepContext.Required(data, "outcome");
        var to = outcome switch
        {
            "maintain" => (CertificateState?)null,
            "suspend" => CertificateState.Suspended,
            "revoke" => CertificateState.Revoked,
            _ => throw new InvalidInputException("data.outcome", $"应为 maintain, suspend, revoke / unknown outcome \"{outcome}\""),
        };
        var frequency = Frequency(context, special, data);
        var months = frequency == "increase" ? SurveillanceIntervals.Parse(data) : (int?)null;
        if (to is null && special.Score is { Passed: false } score)
        {
            throw new RuleViolationException("A-35",
                $"A-35：特殊审查评价 {score.Value} 分不合格，不能保持 / A-35: the special audit's evaluation ({score.Value}) failed; the certificate cannot be maintained",
                "data.outcome");
        }

        var certificate = context.Case.Facts.Certificate!;
        var reasons = to is null ? StepData.Optional(data, "reasons") : StepContext.Required(data, "reasons");
        var transition = to is { } state ? context.RuleSet.TransitionCertificate(certificate.State, state, StepContext.Required(data, "trigger")) : null;
        if (transition?.DeadlineRuleId is { } deadline
            && context.Process.CheckDeadline(deadline, StepData.Date(data, "verifiedOn"), context.Today) is { Met: false } late)
        {
            throw new RuleViolationException(deadline, $"{late.Message.ZhCn} / {late.Message.En}", "data.verifiedOn");
        }

        special.Outcome = outcome;
        special.FrequencyDecision = frequency;
        context.Complete(outcome, data, reasons, transition?.DeadlineRuleId);
        if (frequency is not null)
        {
            var decided = new Dictionary<string, string> { ["decision"] = frequency, ["trigger"] = special.Trigger };
            if (months is { } interval)
            {
                decided["intervalMonths"] = interval.ToString(CultureInfo.InvariantCulture);
            }

            context.Record("surveillance.frequency-decided", StepContext.Required(data, "frequencyJustification"), FrequencyRule, decided);
            if (months is { } increased && to is not CertificateState.Revoked)
            {
                SurveillanceSchedule.Increase(context, increased);
            }
        }

        if (transition is null)
        {
            context.Notify("certification-maintained", StaffRoles.Applicant, ("certificate", certificate.Number));
            return;
        }

        CertificateStatusChange.Apply(context, transition, reasons!);
    }

    // "应增加" vs "视情况可增加" — after a major complaint the decision is recorded either way, with its reason.
    private static string? Frequency(StepContext context, SpecialAuditFacts special, IReadOnlyDictionary<string, string> data)
    {
        if (!SpecialAuditTrigger.Find(context.Case.Scheme, special.Trigger).MajorComplaint)
        {
            return null;
        }

        var decision = StepData.Optional(data, "frequencyDecision");
        if (decision is not ("increase" or "unchanged") || StepData.Optional(data, "frequencyJustification") is null)
        {
            throw new RuleViolationException(FrequencyRule,
                "A-36：重大投诉后须记录是否增加监督频次（increase 或 unchanged）及理由 / "
                + "A-36: after a major complaint record whether surveillance frequency increases (data.frequencyDecision increase|unchanged) and data.frequencyJustification",
                decision is not ("increase" or "unchanged") ? "data.frequencyDecision" : "data.frequencyJustification");
        }

        return decision;
    }
}
