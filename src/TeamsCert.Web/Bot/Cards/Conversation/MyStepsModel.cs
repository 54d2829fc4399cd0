using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>The open steps a user is to act on.</summary>
public sealed record MyStepsModel(string UserName, IReadOnlyList<StepSummary> Tasks);
