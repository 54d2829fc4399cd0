using TeamsCert.Domain.Decisions;
using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Certificates;

namespace TeamsCert.Domain.Workflow.Findings;

/// <summary>
/// The team leader verifies the corrections (the report then goes for approval) or sends them back. After a
/// conditional grant verification is what lets the certificate be issued.
/// </summary>
public sealed class CorrectiveActionVerificationHandler : IStepHandler
{
    public const string StepKind = "corrective-action-verification";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["verify", "reject"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        if (action == "reject")
        {
            var reason = StepContext.Required(data, "reason");
            context.Complete("rejected", data, reason);
            context.Open(CorrectiveActionsHandler.StepKind, StaffRoles.Applicant);
            context.Notify("corrective-actions-rejected", StaffRoles.Applicant, ("reason", reason));
            return;
        }

        var facts = context.Case.Facts;
        facts.CorrectionsVerified = true;
        var conditional = facts.Decision is { } decision
            && context.RuleSet.Outcomes.Any(o => o.Code == decision.Outcome && o.Effect == OutcomeEffect.ConditionalGrant);
        context.Complete("verified", data, StepData.Optional(data, "comment"), conditional ? "A-34" : null);
        if (conditional)
        {
            CertificateIssue.StartNotification(context);
            return;
        }

        AuditRecording.Continue(context);
    }
}
