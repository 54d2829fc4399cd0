using TeamsCert.Domain.Workflow.Recertification;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow.Certificates;

/// <summary>
/// The programme manager notifies the decision (LS-D02/CC9-D02: within 5 WD) and the certificate is issued: number,
/// issue and expiry dates, grade, state Valid; then the surveillance schedule is set. After a recertification the
/// certificate is renewed instead (<see cref="CertificateRenewal"/>) and the new cycle's schedule starts from this
/// decision (AS-D05).
/// </summary>
public sealed class DecisionNotificationHandler : IStepHandler
{
    public const string StepKind = "decision-notification";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["notify"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var renewal = facts.Recertification is not null && facts.Certificate is not null;
        var certificate = renewal ? CertificateRenewal.Renew(context, facts.Recertification!, data) : CertificateIssue.Issue(context);
        foreach (var open in context.Case.Steps.Where(s => s.Status == StepStatus.Open && s.Kind is CertificateStatusHandler.StepKind or CertificateExpiryHandler.StepKind).ToList())
        {
            context.Case.Cancel(open, context.Actor, context.Now, "certificate renewed by recertification");
        }

        facts.Decision!.NotifiedOn = context.Today;
        context.Complete("notified", data.With(("certificate", certificate.Number)), StepData.Optional(data, "comment"));
        context.MoveTo(CaseStage.Certified);
        context.Notify("certificate-issued", StaffRoles.Applicant, ("certificate", certificate.Number), ("expires", StepData.Iso(certificate.ExpiresOn)));
        SurveillanceSchedule.Start(context);
        CertificateExpiryHandler.Open(context);
        context.Open(CertificateStatusHandler.StepKind, StaffRoles.ProgrammeManager);
    }
}
