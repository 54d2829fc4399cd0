namespace TeamsCert.Domain.Workflow.Decisions;

/// <summary>The team leader approves the audit report; where LS-R02/CC9-R02 apply, the technical committee approves next.</summary>
public sealed class ReportApprovalHandler : IStepHandler
{
    public const string StepKind = "report-approval";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["approve"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var committee = context.RuleSet.TeamRules.ReportApprovers;
        context.Complete("approved", data, StepData.Optional(data, "comment"), committee);
        if (committee is not null)
        {
            context.Open(CommitteeApprovalHandler.StepKind, "technicalCommittee");
            return;
        }

        AuditFile.Complete(context);
    }
}
