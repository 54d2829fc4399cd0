namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>The <c>verb</c> of every Action.Execute the cards send; step verbs carry <c>caseId</c> and <c>stepId</c>, link verbs <c>caseId</c>.</summary>
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

    /// <summary>Creates an applicant link; data <c>{caseId, purpose}</c> plus inputs <c>sendTo.{purpose}</c>, <c>days.{purpose}</c>.</summary>
    public const string LinkCreate = "link.create";

    /// <summary>Revokes a link; data <c>{caseId, linkId}</c>.</summary>
    public const string LinkRevoke = "link.revoke";

    /// <summary>Shows the case's link card; data <c>{caseId}</c>.</summary>
    public const string LinkShow = "link.show";

    /// <summary>Shows one page of "my tasks"; data <c>{page}</c> (1-based).</summary>
    public const string TasksPage = "tasks.page";

    /// <summary>The data key of a "my tasks" page number (<see cref="TasksPage"/>, and <see cref="Show"/> from that page).</summary>
    public const string PageKey = "page";

    /// <summary>The data key of the card's language (<c>zh-CN</c>, <c>en</c>): the answer keeps the language the card was shown in.</summary>
    public const string LangKey = "lang";

    public static bool IsLinkVerb(string verb) => verb is LinkCreate or LinkRevoke or LinkShow;
}
