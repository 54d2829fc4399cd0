namespace TeamsCert.Domain.Workflow.Decisions;

/// <summary>The audit file is complete ("审查材料符合要求"): the decision step opens, due by TEL-D03 where the scheme has it.</summary>
internal static class AuditFile
{
    public static void Complete(StepContext context)
    {
        context.Case.Facts.AuditFileCompleteOn = context.Today;
        context.MoveTo(CaseStage.Decision);
        context.Open(CertificationDecisionHandler.StepKind, "decisionMaker", context.RuleId("auditFileComplete", "decisionMade"), context.Today);
    }
}
