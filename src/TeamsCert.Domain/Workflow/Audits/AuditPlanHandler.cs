using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>
/// The team leader sends the audit plan with the first on-site day: at least 3 working days before it under TEL-D02
/// (refused otherwise); the client acknowledges it, and mystery shopping is arranged where the scheme needs it.
/// </summary>
public sealed class AuditPlanHandler : IStepHandler
{
    public const string StepKind = "audit-plan";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["send"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var (onSite, ruleId) = AuditPlanCheck.Validate(context, data);

        var @case = context.Case;
        @case.Facts.Plan = new PlanFacts { SentOn = context.Today, OnSiteStart = onSite };
        context.Complete("sent", data, StepData.Optional(data, "comment"), ruleId);
        context.Open(PlanAcknowledgementHandler.StepKind, StaffRoles.Applicant);
        context.Notify("audit-plan", StaffRoles.Applicant, ("onSiteStart", StepData.Iso(onSite)));
        var programme = @case.Facts.Programme!;
        if (!programme.RequiresMysteryShopping(@case.Scheme))
        {
            return;
        }

        // TEL-D04: unannounced, strictly before the on-site review, by the shopper of the programme (TEL-R05);
        // AS (modes B/D): by an auditor of the team (AS-R05).
        var beforeOnSite = context.RuleId("onSiteStart", "mysteryShopping");
        if (programme.MysteryShopperId is { } shopper)
        {
            context.OpenFor(MysteryShoppingHandler.StepKind, "mysteryShopper", shopper, beforeOnSite, onSite);
        }
        else
        {
            context.Open(MysteryShoppingHandler.StepKind, "auditor", beforeOnSite, onSite);
        }
    }
}
