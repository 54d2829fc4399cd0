using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// The surveillance team leader sends the plan with the first on-site day, at least 3 working days before it under
/// TEL-D02 (002 §9.2.5); the client acknowledges it, then the surveillance audit is completed with its findings.
/// </summary>
public sealed class SurveillanceAuditPlanHandler : IStepHandler
{
    public const string StepKind = "surveillance-audit-plan";

    public const string AcknowledgementKind = "surveillance-plan-acknowledgement";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["send"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var (onSite, ruleId) = AuditPlanCheck.Validate(context, data);

        context.Case.Facts.Surveillances.First(s => s.DoneOn is null).Plan = new PlanFacts { SentOn = context.Today, OnSiteStart = onSite };
        context.Complete("sent", data, StepData.Optional(data, "comment"), ruleId);
        context.Open(AcknowledgementKind, StaffRoles.Applicant);
        context.Notify("audit-plan", StaffRoles.Applicant, ("onSiteStart", StepData.Iso(onSite)));
    }
}
