using TeamsCert.Domain.Workflow.AuditTeams;

namespace TeamsCert.Domain.Workflow.Findings;

/// <summary>The client answers the nonconformities with corrective actions; the team leader verifies them.</summary>
public sealed class CorrectiveActionsHandler : IStepHandler
{
    public const string StepKind = "corrective-actions";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["submit"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var actions = StepContext.Required(data, "actions");
        context.Complete("submitted", data, actions);
        context.OpenFor(CorrectiveActionVerificationHandler.StepKind, TeamRoles.TeamLeader, context.Case.Facts.Leader!.PersonId);
    }
}
