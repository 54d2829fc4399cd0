using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Decisions;
using TeamsCert.Domain.Workflow.Certificates;
using TeamsCert.Domain.Workflow.Decisions;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// The decision after a surveillance audit (002 §9.2.8; 004 §5.7.3; 000 §6.4.2): maintain, or suspend, revoke or cancel
/// the certificate through the scheme's state machine (trigger defaulting to the scheme's surveillance trigger).
/// The decision maker must not have audited the case (TEL-R01, AS-R01, A-13). The next surveillance follows unless
/// the certificate ended.
/// </summary>
public sealed class SurveillanceDecisionHandler : IStepHandler
{
    public const string StepKind = "surveillance-decision";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["decide"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        DecisionIndependence.Ensure(context);
        var code = StepContext.Required(data, "outcome");
        var allowed = context.RuleSet.Outcomes.Where(o => o.AuditKinds.Contains("surveillance")).ToList();
        var outcome = allowed.FirstOrDefault(o => o.Code == code)
            ?? throw new InvalidInputException("data.outcome", $"应为 {string.Join(", ", allowed.Select(o => o.Code))} / unknown outcome \"{code}\"");
        var reasons = outcome.RequiresReasons ? StepContext.Required(data, "reasons") : StepData.Optional(data, "reasons");
        if (outcome.Effect == OutcomeEffect.MoreInformation)
        {
            // 002 §9.2.8 b: the decision waits for the information; no seed deadline runs for it, so nothing pauses.
            context.Record("decision.more-information", reasons, null, new Dictionary<string, string> { ["decision"] = StepKind });
            context.Open(SupplyInformationHandler.StepKind, StaffRoles.Applicant);
            context.Notify("more-information", StaffRoles.Applicant, ("request", reasons ?? string.Empty));
            return;
        }

        var facts = context.Case.Facts;
        var surveillance = facts.Surveillances.Last(s => s.DoneOn is not null);
        var audit = facts.Audits.Last(a => a.Kind.StartsWith("surveillance", StringComparison.Ordinal));
        if (outcome.Effect == OutcomeEffect.Maintain)
        {
            SurveillanceScore.EnsureMaintainable(surveillance);
        }

        surveillance.Outcome = code;
        context.Complete(code, data, reasons);
        if (outcome.Effect == OutcomeEffect.Maintain)
        {
            context.Notify("certification-maintained", StaffRoles.Applicant, ("certificate", facts.Certificate!.Number));
            SurveillanceSchedule.Next(context, surveillance, audit);
            return;
        }

        var to = outcome.Effect switch
        {
            OutcomeEffect.Suspend => CertificateState.Suspended,
            OutcomeEffect.Revoke => CertificateState.Revoked,
            _ => CertificateState.Cancelled,
        };
        var certificate = facts.Certificate!;
        var trigger = StepData.Optional(data, "trigger") ?? DefaultTrigger(context, certificate.State, to)
            ?? throw new InvalidInputException("data.trigger", "请给出状态变更的触发情形 / data.trigger is required for this scheme");
        CertificateStatusChange.Apply(context, context.RuleSet.TransitionCertificate(certificate.State, to, trigger), reasons!);
        if (to == CertificateState.Suspended)
        {
            SurveillanceSchedule.Next(context, surveillance, audit);
        }
    }

    private static string? DefaultTrigger(StepContext context, CertificateState from, CertificateState to) =>
        context.RuleSet.Certificate.Transitions.FirstOrDefault(t => t.From == from && t.To == to)?.Triggers
            .FirstOrDefault(t => t.Code.StartsWith("surveillance-", StringComparison.Ordinal))?.Code;
}
