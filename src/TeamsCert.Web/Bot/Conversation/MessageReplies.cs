using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>
/// Answers a text message from a known staff member: help, my tasks, a case, or a hint with the help card. A refusal of
/// the case-access gate is answered with the refusal card naming its rule id.
/// </summary>
public sealed class MessageReplies(
    MyStepsQuery tasks, CaseLookup cases, HelpCardBuilder help, MyStepsCardBuilder tasksCard, CaseSummaryCardBuilder caseCard, RefusalCardBuilder refusalCard,
    TimeProvider time)
{
    /// <returns>The reply to send (text, card or both).</returns>
    public async Task<BotActivity> AnswerAsync(BotActivity message, Person user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return await AnswerCheckedAsync(message, user, cancellationToken);
        }
        catch (ActorNotAllowedException e)
        {
            return CardActivities.Reply(message, refusalCard.Build(Refusals.From(e, null)!, message.Locale));
        }
    }

    private async Task<BotActivity> AnswerCheckedAsync(BotActivity message, Person user, CancellationToken cancellationToken)
    {
        var command = BotCommand.Parse(message.Text);

        // Answer in the language of the command ("我的任务" gets Chinese from an en-US client), else the client's.
        var locale = command.Language?.Tag ?? message.Locale;
        var l = UiLanguage.From(locale);
        var today = ShanghaiTime.Today(time);
        switch (command.Kind)
        {
            case BotCommandKind.Help:
                return CardActivities.Reply(message, help.Build(locale));
            case BotCommandKind.MyTasks:
                return CardActivities.Reply(message, tasksCard.Build(await tasks.ForAsync(user, cancellationToken), locale, today));
            case BotCommandKind.Case:
                var number = command.Argument!;
                return await cases.FindAsync(number, user.ToActor(), cancellationToken) is { } found
                    ? CardActivities.Reply(message, caseCard.Build(found, locale, today))
                    : message.CreateReply(l.F(BotTexts.CaseNotFound, number));
            default:
                AdaptiveCard card = help.Build(locale);
                return CardActivities.Reply(message, card, l.T(BotTexts.Hint));
        }
    }
}
