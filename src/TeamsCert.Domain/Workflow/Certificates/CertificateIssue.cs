using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Decisions;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Certificates;

// Notification of the decision and issue of the certificate (§2.8): number, dates, grade, Valid with a history line.
internal static class CertificateIssue
{
    public static void StartNotification(StepContext context)
    {
        context.MoveTo(CaseStage.Notification);
        context.Open(DecisionNotificationHandler.StepKind, StaffRoles.ProgrammeManager,
            context.RuleId("decisionMade", "decisionNotified"), context.Case.Facts.Decision!.DecidedOn);
    }

    public static CertificateFacts Issue(StepContext context)
    {
        var facts = context.Case.Facts;
        var effect = context.RuleSet.Outcomes.First(o => o.Code == facts.Decision!.Outcome).Effect;
        var outcome = effect == OutcomeEffect.ConditionalGrant ? CertificationDecisionOutcome.ConditionallyApproved : CertificationDecisionOutcome.Approved;
        CertificateIssuance.EnsureIssuable(outcome, facts.CorrectionsVerified, context.RuleSet.CertificatePolicies);
        var sequences = context.Process.Certificates
            ?? throw new InvalidOperationException("No certificate sequence is configured for this process.");
        var year = context.Today.Year;
        var number = context.RuleSet.NumberCertificate(new CertificateNumberRequest(year, sequences.Take(context.Case.Scheme, year), facts.Programme?.FieldCode));
        var certificate = new CertificateFacts
        {
            Number = number.Canonical,
            DisplayNumber = number.Display,
            Sequence = number.Sequence,
            IssuedOn = context.Today,
            ExpiresOn = context.RuleSet.CertificateExpiry(context.Today),
            Grade = facts.Score?.Grade,
            State = CertificateState.Valid,
            HistoryList = [new StatusChangeFacts { On = context.Today, From = null, To = CertificateState.Valid, Reason = "initial-certification", By = context.Actor.Id }],
        };
        facts.Certificate = certificate;
        context.Record("certificate.issued", null, null, new Dictionary<string, string>
        {
            ["number"] = certificate.Number,
            ["issued"] = StepData.Iso(certificate.IssuedOn),
            ["expires"] = StepData.Iso(certificate.ExpiresOn),
            ["grade"] = certificate.Grade ?? string.Empty,
            ["state"] = certificate.State.ToString(),
        });
        return certificate;
    }
}
