using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>An outbound message without a card of its own (e.g. <c>audit-plan</c>, <c>certification-maintained</c>).</summary>
public sealed record NoticeModel(string Kind, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>The case, when it could be read; without it the card shows the number from the data.</summary>
    public CardCase? Case { get; init; }
}
