namespace TeamsCert.Web.Tab.Views;

/// <summary>
/// An open step with a running due date: <see cref="WorkingDays"/> is the PRC working days from today to the due date
/// (A-01 counting; negative when overdue). <see cref="Owner"/> is the assignee, else <c>role:{role}</c>.
/// </summary>
public sealed record DeadlineRow(
    Guid CaseId, string Number, string Organization, string Scheme, Guid StepId, string Kind, string Owner, bool Assigned,
    DateOnly DueOn, string? RuleId, int WorkingDays, bool Overdue);
