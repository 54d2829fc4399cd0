namespace TeamsCert.Domain.Workflow.Decisions;

/// <summary>LS-R02 / CC9-R02: the technical committee approves the report after the team leader; the audit file is then complete.</summary>
public sealed class CommitteeApprovalHandler : IStepHandler
{
    public const string StepKind = "committee-report-approval";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["approve"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        context.Complete("approved", data, StepData.Optional(data, "comment"), context.RuleSet.TeamRules.ReportApprovers);
        AuditFile.Complete(context);
    }
}
