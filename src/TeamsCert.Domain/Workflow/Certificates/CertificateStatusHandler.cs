using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow.Certificates;

/// <summary>
/// The certificate's status while it lives (§2.9): suspend, restore, revoke, cancel, each with a trigger of the scheme
/// and checked by its state machine (CERT-T01..T03). A suspension must follow the verified trigger within AS-D08 and
/// ends by TEL-D07/AS-D09/A-11; revoking for an expired suspension waits until that date has passed (AS-D10).
/// </summary>
public sealed class CertificateStatusHandler : IStepHandler
{
    public const string StepKind = "certificate-status";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["suspend", "restore", "revoke", "cancel"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var certificate = context.Case.Facts.Certificate!;
        var trigger = StepContext.Required(data, "trigger");
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

        var suspensionRule = context.RuleId("suspensionStart", "suspensionEnd");
        if (trigger == "suspension-expired" && certificate.SuspendedUntil is { } until && context.Today <= until)
        {
            throw new RuleViolationException(suspensionRule ?? "A-11",
                $"暂停期至 {StepData.Iso(until)} 尚未届满 / the suspension runs until {StepData.Iso(until)} and has not expired", "data.trigger");
        }

        var from = certificate.State;
        certificate.State = to;
        certificate.History.Add(new StatusChangeFacts { On = context.Today, From = from, To = to, Reason = $"{trigger}: {reason}", By = context.Actor.Id });
        context.Record("certificate.status-changed", reason, transition.DeadlineRuleId, new Dictionary<string, string>
        {
            ["number"] = certificate.Number,
            ["from"] = from.ToString(),
            ["to"] = to.ToString(),
            ["trigger"] = trigger,
            ["source"] = transition.Source,
        });
        context.Complete(action, data, reason, transition.DeadlineRuleId);
        context.Notify("certificate-status", StaffRoles.Applicant, ("certificate", certificate.Number), ("to", to.ToString()), ("reason", reason));
        Publish(context);
        Continue(context, certificate, to, trigger, suspensionRule);
    }

    private static void Continue(StepContext context, CertificateFacts certificate, CertificateState to, string trigger, string? suspensionRule)
    {
        certificate.SuspendedUntil = null;
        if (to == CertificateState.Suspended && suspensionRule is not null)
        {
            // AS-D09: a suspension for an expired licence lasts until the licensing decision, so it gets no end date.
            var window = context.Process.DeadlineWindow(suspensionRule, context.Today, trigger);
            certificate.SuspendedUntil = window.Latest;
            context.Open(StepKind, StaffRoles.ProgrammeManager, window.Latest is null ? null : suspensionRule, context.Today);
            return;
        }

        if (to is CertificateState.Valid or CertificateState.Suspended)
        {
            context.Open(StepKind, StaffRoles.ProgrammeManager);
            return;
        }

        foreach (var surveillance in context.Case.Steps.Where(s => s.Kind == SurveillanceAuditHandler.StepKind && s.Status == StepStatus.Open).ToList())
        {
            context.Case.Cancel(surveillance, context.Actor, context.Now, $"certificate {to.ToString().ToLowerInvariant()}");
        }

        context.MoveTo(CaseStage.Closed, trigger);
    }

    // AS-D12: suspension, revocation and cancellation are published on the website (and reported to CNCA).
    private static void Publish(StepContext context)
    {
        if (context.RuleId("statusChanged", "statusPublished") is { } publication)
        {
            context.Open(StatusPublicationHandler.StepKind, StaffRoles.ProgrammeManager, publication, context.Today);
        }
    }
}
