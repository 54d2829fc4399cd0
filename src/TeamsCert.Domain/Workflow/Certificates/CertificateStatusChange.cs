using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Certificates;

// Applies an accepted certificate transition: status log, journal, notice, AS-D12 publication, then either a fresh
// certificate-status step (due at the end of a suspension: TEL-D07, AS-D09, A-11) or, when terminal, the case closes.
internal static class CertificateStatusChange
{
    public static void Apply(StepContext context, CertificateTransition transition, string reason)
    {
        var certificate = context.Case.Facts.Certificate!;
        var (from, to) = (transition.From, transition.To);
        certificate.State = to;
        certificate.HistoryList.Add(new StatusChangeFacts { On = context.Today, From = from, To = to, Reason = $"{transition.Trigger.Code}: {reason}", By = context.Actor.Id });
        context.Record("certificate.status-changed", reason, transition.DeadlineRuleId, new Dictionary<string, string>
        {
            ["number"] = certificate.Number,
            ["from"] = from.ToString(),
            ["to"] = to.ToString(),
            ["trigger"] = transition.Trigger.Code,
            ["source"] = transition.Source,
        });
        context.Notify("certificate-status", StaffRoles.Applicant, ("certificate", certificate.Number), ("to", to.ToString()), ("reason", reason));
        if (context.RuleId("statusChanged", "statusPublished") is { } publication)
        {
            context.Open(StatusPublicationHandler.StepKind, StaffRoles.ProgrammeManager, publication, context.Today);
        }

        foreach (var open in context.Case.Steps.Where(s => s.Kind == CertificateStatusHandler.StepKind && s.Status == StepStatus.Open && s != context.Step).ToList())
        {
            context.Case.Cancel(open, context.Actor, context.Now, "certificate status changed");
        }

        Continue(context, certificate, to, transition.Trigger.Code);
    }

    private static void Continue(StepContext context, CertificateFacts certificate, CertificateState to, string trigger)
    {
        certificate.SuspendedUntil = null;
        var suspensionRule = context.RuleId("suspensionStart", "suspensionEnd");
        if (to == CertificateState.Suspended && suspensionRule is not null)
        {
            // AS-D09: a suspension for an expired licence lasts until the licensing decision, so it gets no end date.
            var window = context.Process.DeadlineWindow(suspensionRule, context.Today, trigger);
            certificate.SuspendedUntil = window.Latest;
            context.Open(CertificateStatusHandler.StepKind, StaffRoles.ProgrammeManager, window.Latest is null ? null : suspensionRule, context.Today);
            return;
        }

        if (to is CertificateState.Valid or CertificateState.Suspended)
        {
            context.Open(CertificateStatusHandler.StepKind, StaffRoles.ProgrammeManager);
            return;
        }

        // A certificate that has ended takes every waiting step with it (surveillance, expiry, a recertification under
        // way) except the publication of the change itself (AS-D12).
        foreach (var open in context.Case.Steps.Where(s => s.Status == StepStatus.Open
            && s.Kind != StatusPublicationHandler.StepKind && s != context.Step).ToList())
        {
            context.Case.Cancel(open, context.Actor, context.Now, $"certificate {to.ToString().ToLowerInvariant()}");
        }

        context.MoveTo(CaseStage.Closed, trigger);
    }
}
