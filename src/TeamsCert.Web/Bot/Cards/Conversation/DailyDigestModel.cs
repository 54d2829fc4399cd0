using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>The open steps with a due date that the digest considers (the builder keeps the overdue and due-soon ones).</summary>
public sealed record DailyDigestModel(IReadOnlyList<StepSummary> Steps)
{
    /// <summary>A step is "due soon" when at most this many working days are left.</summary>
    public int DueSoonWorkingDays { get; init; } = 3;
}
