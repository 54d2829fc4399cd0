using TeamsCert.Domain.Workflow.Certificates;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Recertification;

/// <summary>
/// The holder applies for recertification, opened after the last surveillance of the validity. The window opens at
/// the reminder date (LS-D04/CC9-D04: expiry − 3 M; A-09 for TEL and AS) and closes with the validity (TEL-D06,
/// AS-D06, A-10); the step is due on the last day so A-09's "decide before expiry" shows as overdue. An accepted
/// application starts the recertification programme (audit time kind <c>recertification</c>).
/// </summary>
public sealed class RecertificationApplicationHandler : IStepHandler
{
    public const string StepKind = "recertification-application";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["apply"];

    public static void Open(StepContext context)
    {
        if (context.Case.OpenStep(StepKind) is not null)
        {
            return;
        }

        var step = context.Open(StepKind, StaffRoles.Applicant);
        context.Process.ScheduleOn(context.Case, step, context.Case.Facts.Certificate!.ExpiresOn, "A-09", context.Now);
    }

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var certificate = facts.Certificate!;
        if (facts.RecertificationReminderOn is { } opens && context.Today < opens)
        {
            var rule = context.RuleId("certificateExpiry", "recertificationApplied") ?? "A-09";
            throw new RuleViolationException(rule,
                $"{rule}：再认证申请自 {StepData.Iso(opens)} 起受理 / recertification applications open on {StepData.Iso(opens)}", "action");
        }

        if (context.Today > certificate.ExpiresOn)
        {
            var rule = CertificateExpiryHandler.ValidityRuleId(context);
            throw new RuleViolationException(rule,
                $"{rule}：证书已于 {StepData.Iso(certificate.ExpiresOn)} 到期，须重新申请初次认证 / the certificate expired on {StepData.Iso(certificate.ExpiresOn)}; apply for initial certification", "action");
        }

        var significant = StepData.Flag(data, "significantChange");
        facts.Recertification = new RecertificationFacts { Cycle = facts.PreviousCertificates.Count + 1, AppliedOn = context.Today, SignificantChange = significant };
        StartCycle(facts);
        context.Complete("applied", data, StepData.Optional(data, "comment"), context.RuleId("certificateExpiry", "recertificationApplied") ?? "A-09");
        context.MoveTo(CaseStage.AuditProgramme, "recertification");
        context.Open(CaseProcess.AuditProgramme, StaffRoles.ProgrammeManager);
        context.Notify("recertification-accepted", StaffRoles.Applicant, ("certificate", certificate.Number));
    }

    // The programme, team, plan, findings, score and decision of the new cycle replace the last cycle's; the journal keeps those.
    private static void StartCycle(CaseFacts facts)
    {
        facts.Programme = null;
        facts.TeamList.Clear();
        facts.Plan = null;
        facts.MysteryShoppingOn = null;
        facts.MysteryShopperId = null;
        facts.FindingsList.Clear();
        facts.Score = null;
        facts.AuditFileCompleteOn = null;
        facts.CorrectionsVerified = false;
    }
}
