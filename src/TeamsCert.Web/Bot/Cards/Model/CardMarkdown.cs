using System.Buffers;
using System.Text;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>
/// Teams renders a TextBlock's text and a fact's title and value as markdown, and much of what cards show was typed by
/// someone, down to an organisation name from the anonymous portal. No card uses markdown on purpose, so every such text
/// is escaped here, once, where the model takes it: <c>[点我](https://evil.example)</c> shows as those characters, never
/// as a live link, and <c>**</c>, <c>_</c>, <c>~</c> and backticks as themselves. (A bare URL may still be linked by the
/// client itself; that shows where it goes.)
/// </summary>
public static class CardMarkdown
{
    private const string Special = "\\*_[]`~";

    private static readonly SearchValues<char> _special = SearchValues.Create(Special);

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(_special) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (_special.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
