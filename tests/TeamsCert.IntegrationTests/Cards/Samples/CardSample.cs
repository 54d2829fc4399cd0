using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.IntegrationTests.Cards.Samples;

/// <summary>One built card: a stable name for files and test output, its locale, the card and its heading.</summary>
public sealed record CardSample(string Name, string Locale, AdaptiveCard Card)
{
    public string Title => FirstText(Card.Body) ?? string.Empty;

    public override string ToString() => $"{Name}-{Locale}";

    private static string? FirstText(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            var text = element switch
            {
                TextBlock t => t.Text,
                Container c => FirstText(c.Items),
                _ => null,
            };
            if (text is not null)
            {
                return text;
            }
        }

        return null;
    }
}
