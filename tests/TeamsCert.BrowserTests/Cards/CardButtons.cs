using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.BrowserTests.Cards;

/// <summary>The buttons a card shows before anything is unfolded: its actions and the action sets of its body.</summary>
internal static class CardButtons
{
    public static int Count(AdaptiveCard card) => (card.Actions?.Count ?? 0) + card.Body.Sum(InBody);

    private static int InBody(CardElement element) => element switch
    {
        ActionSet set => set.Actions.Count,
        Container container => container.Items.Sum(InBody),
        ColumnSet columns => columns.Columns.SelectMany(c => c.Items).Sum(InBody),
        _ => 0,
    };
}
