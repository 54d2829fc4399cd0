namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>One pending step in a list (my tasks, reminders, the digest, a case summary).</summary>
public sealed record StepSummary(CardCase Case, Guid StepId, string Kind, DateOnly? DueOn, string? DueRuleId)
{
    /// <summary>Who is to act, as shown (a name, or the role).</summary>
    public string? Assignee { get; init; }
}
