using TeamsCert.Domain.Workflow.AuditTeams;

namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>The client acknowledges the audit plan ("确保双方在理解上没有歧义", 002 §9.1.6); the stage-1 audit can start.</summary>
public sealed class PlanAcknowledgementHandler : IStepHandler
{
    public const string StepKind = "plan-acknowledgement";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["acknowledge"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        context.Case.Facts.Plan!.AcknowledgedOn = context.Today;
        context.Complete("acknowledged", data, StepData.Optional(data, "comment"));
        context.MoveTo(CaseStage.Auditing);
        // Recertification: stage 1 only for TEL on a significant change (002 §9.3); AS normally none (004 §5.8.1.3).
        var recertification = context.Case.Facts.Recertification;
        var stage1 = recertification is null || (recertification.SignificantChange && context.Case.Scheme == "TEL");
        context.OpenFor(stage1 ? Stage1AuditHandler.StepKind : Stage2AuditHandler.StepKind, TeamRoles.TeamLeader, context.Case.Facts.Leader!.PersonId);
    }
}
