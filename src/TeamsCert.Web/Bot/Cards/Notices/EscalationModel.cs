using TeamsCert.Domain.AuditTeams;
using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>An overdue step for the manager: who has it now, and whom it may be reassigned to.</summary>
public sealed record EscalationModel(StepSummary Step, string CurrentAssignee, IReadOnlyList<Person> Candidates);
