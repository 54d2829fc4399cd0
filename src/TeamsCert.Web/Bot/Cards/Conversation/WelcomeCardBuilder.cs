using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>The greeting when the app is installed or a user first writes to the bot.</summary>
public sealed class WelcomeCardBuilder
{
    public AdaptiveCard Build(string userName, string? locale)
    {
        var l = UiLanguage.From(locale);
        return CardParts.Card([
            CardParts.Title(l.F(ConversationTexts.WelcomeTitle, userName)),
            CardParts.Line(l.T(ConversationTexts.WelcomeLine)),
            .. HelpCardBuilder.Commands(l),
        ]);
    }
}
