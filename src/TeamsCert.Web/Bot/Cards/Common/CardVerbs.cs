namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>The <c>verb</c> of every Action.Execute the cards send; data always carries <c>caseId</c> and <c>stepId</c>.</summary>
public static class CardVerbs
{
    /// <summary>Acts on a step; data <c>{caseId, stepId, action}</c> plus the inputs.</summary>
    public const string Act = "step.act";

    /// <summary>Teams' automatic refresh for <c>refresh.userIds</c>; data <c>{caseId, stepId}</c>.</summary>
    public const string Refresh = "step.refresh";

    /// <summary>Shows a step's card; data <c>{caseId, stepId}</c>.</summary>
    public const string Show = "step.show";

    /// <summary>A manager reassigns an overdue step; data <c>{caseId, stepId}</c> plus inputs <c>assignee</c>, <c>reason</c>.</summary>
    public const string Reassign = "step.reassign";
}
