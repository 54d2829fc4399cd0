using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Information;
using TeamsCert.Domain.Workflow.SpecialAudits;

namespace TeamsCert.Domain.Workflow.Certificates;

/// <summary>
/// The certificate's status while it lives (§2.9): suspend, restore, revoke, cancel, each with a trigger of the scheme
/// and checked by its state machine (CERT-T01..T03). A suspension must follow the verified trigger within AS-D08 and
/// ends by TEL-D07/AS-D09/A-11; revoking for an expired suspension waits until that date has passed (AS-D10).
/// reduce-scope narrows the certified scope instead (002 §9.6.5–9.6.6; 004 §5.10.6); report-information records what
/// the organisation reported for analysis (002 §11; 004 §7).
/// </summary>
public sealed class CertificateStatusHandler : IStepHandler
{
    public const string StepKind = "certificate-status";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } =
        ["suspend", "restore", "revoke", "cancel", "reduce-scope", SpecialAuditRequest.Action, MisuseCorrectionHandler.RequestAction, InformationReport.Action];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        if (action == "reduce-scope")
        {
            CertificateScopeReduction.Handle(context, data);
            return;
        }

        // Requests on the certified case leave this step open for the status change they may lead to.
        if (action == SpecialAuditRequest.Action)
        {
            SpecialAuditRequest.Handle(context, data);
            return;
        }

        if (action == InformationReport.Action)
        {
            InformationReport.Handle(context, data);
            return;
        }

        if (action == MisuseCorrectionHandler.RequestAction)
        {
            MisuseCorrectionHandler.Request(context, data);
            return;
        }

        var certificate = context.Case.Facts.Certificate!;
        var trigger = StepContext.Required(data, "trigger");
        MisuseCorrectionHandler.EnsureRevocable(context, trigger);
        var reason = StepContext.Required(data, "reason");
        var to = action switch
        {
            "suspend" => CertificateState.Suspended,
            "restore" => CertificateState.Valid,
            "revoke" => CertificateState.Revoked,
            _ => CertificateState.Cancelled,
        };
        var transition = context.RuleSet.TransitionCertificate(certificate.State, to, trigger);
        if (transition.DeadlineRuleId is { } deadline)
        {
            var verified = StepData.Date(data, "verifiedOn");
            if (context.Process.CheckDeadline(deadline, verified, context.Today) is { Met: false } late)
            {
                throw new RuleViolationException(deadline, $"{late.Message.ZhCn} / {late.Message.En}", "data.verifiedOn");
            }
        }

        if (trigger == "suspension-expired" && certificate.SuspendedUntil is { } until && context.Today <= until)
        {
            var rule = context.RuleId("suspensionStart", "suspensionEnd") ?? "A-11";
            throw new RuleViolationException(rule,
                $"暂停期至 {StepData.Iso(until)} 尚未届满 / the suspension runs until {StepData.Iso(until)} and has not expired", "data.trigger");
        }

        context.Complete(action, data, reason, transition.DeadlineRuleId);
        CertificateStatusChange.Apply(context, transition, reason);
    }
}
