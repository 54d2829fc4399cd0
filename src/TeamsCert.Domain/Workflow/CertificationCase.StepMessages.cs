using System.Globalization;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// "A step opened" as a fact of the runtime: whatever opens, reassigns or delegates a step (a card, the API, the tab, the
/// portal, a timer, the command line, demo seeding), the save that commits it also queues a <c>step-opened</c> message for
/// the person or role who is to act, so the outbox delivers their card even if the process dies right after the commit.
/// </summary>
public sealed partial class CertificationCase
{
    public const string StepOpenedMessage = "step-opened";

    private readonly HashSet<Guid> _opened = [];
    private readonly HashSet<Guid> _reassigned = [];
    private readonly List<OutboundMessage> _alsoSend = [];

    /// <summary>
    /// Queues a message built outside the domain (e.g. the bot's "update the card that was acted on") so it is saved in
    /// the same transaction as this change.
    /// </summary>
    public void AlsoSend(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _alsoSend.Add(message);
    }

    /// <summary>
    /// One <c>step-opened</c> message per step opened, reassigned or delegated in this change and still open now, to its
    /// assignee, else its role. A reassignment gets its own key (the version it was made on), so the new assignee is told
    /// even though the step was announced before. Steps of the applicant are left out: the applicant is told by the
    /// handlers' own notices and the links the runtime sends them (Web/Links/Runtime), not by a Teams card.
    /// </summary>
    private IEnumerable<OutboundMessage> StepOpenedMessages()
    {
        var invariant = CultureInfo.InvariantCulture;
        foreach (var step in Steps.Where(s => (_opened.Contains(s.Id) || _reassigned.Contains(s.Id)) && s.Status == StepStatus.Open && s.Role != StaffRoles.Applicant))
        {
            var key = _opened.Contains(step.Id)
                ? string.Create(invariant, $"{Id}:{StepOpenedMessage}:{step.Id}")
                : string.Create(invariant, $"{Id}:{StepOpenedMessage}:{step.Id}:v{Version}");
            var data = StepMessageData(step);
            data["assignee"] = step.AssigneeId ?? string.Empty;
            yield return new OutboundMessage(key, StepOpenedMessage, step.AssigneeId ?? step.Role, data);
        }
    }

    /// <summary>
    /// What every message about one step carries (its card, a reminder, an escalation): the case's number and
    /// organisation, the step, its role, due date and rule, and its assignee when it has one.
    /// </summary>
    private Dictionary<string, string> StepMessageData(PendingStep step)
    {
        var data = new Dictionary<string, string>
        {
            ["caseId"] = Id.ToString(),
            ["number"] = Number,
            ["organization"] = Organization,
            ["stepId"] = step.Id.ToString(),
            ["stepKind"] = step.Kind,
            ["role"] = step.Role,
            ["due"] = step.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            ["ruleId"] = step.DueRuleId ?? string.Empty,
        };
        if (step.AssigneeId is { } assignee)
        {
            data["assignee"] = assignee;
        }

        return data;
    }

    private void ForgetStepMessages()
    {
        _opened.Clear();
        _reassigned.Clear();
        _alsoSend.Clear();
    }
}
