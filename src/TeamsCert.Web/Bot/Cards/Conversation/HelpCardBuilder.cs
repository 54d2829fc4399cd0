using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>The commands the bot understands, in the user's language (both spellings are accepted).</summary>
public sealed class HelpCardBuilder
{
    public AdaptiveCard Build(string? locale)
    {
        var l = UiLanguage.From(locale);
        return CardParts.Card([CardParts.Title(l.T(ConversationTexts.HelpTitle)), .. Commands(l)]);
    }

    internal static IEnumerable<CardElement> Commands(UiLanguage l) =>
    [
        CardParts.Line(l.T(ConversationTexts.HelpLine)),
        new FactSet([
            new Fact(l.T(ConversationTexts.CommandTasks), l.T(ConversationTexts.CommandTasksHelp)),
            new Fact(l.T(ConversationTexts.CommandCase), l.T(ConversationTexts.CommandCaseHelp)),
            new Fact(l.T(ConversationTexts.CommandHelp), l.T(ConversationTexts.CommandHelpHelp)),
        ]),
    ];
}
