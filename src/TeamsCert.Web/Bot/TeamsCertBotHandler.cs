using System.Text.Json;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Conversation;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Bot.Users;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot;

/// <summary>
/// The bot's behaviour: text commands from staff, one welcome card on install (in the user's Teams language, Chinese
/// when none), and card actions. Unknown users are told
/// so and can do nothing; everything a known user does goes through the runtime as their <c>Actor</c>.
/// </summary>
public sealed class TeamsCertBotHandler(
    BotUserResolver users, MessageReplies replies, CardActionInvoke cardActions, WelcomeCardBuilder welcome, IBotConnector connector) : IBotActivityHandler
{
    public async Task OnMessageAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            // An Action.Submit fallback from an old client carries no text; such clients are not supported.
            return;
        }

        var reply = await users.ResolveAsync(activity, cancellationToken) is { } user
            ? await replies.AnswerAsync(activity, user, cancellationToken)
            : activity.CreateReply(UiLanguage.From(activity.Locale).T(BotTexts.NotRegistered));
        await SendAsync(activity, reply, cancellationToken);
    }

    public async Task<BotInvokeResponse> OnInvokeAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Name == BotInvokeResponse.AdaptiveCardAction
            ? BotInvokeResponse.Card(CardJson.ToNode(await cardActions.HandleAsync(activity, cancellationToken)))
            : new BotInvokeResponse(200, new { });
    }

    /// <summary>
    /// Teams sends both conversationUpdate (bot added) and installationUpdate (add) on install, the Playground on every
    /// load: only the installation is welcomed, so one welcome card arrives. The conversation's reference is still kept.
    /// </summary>
    public Task OnConversationUpdateAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Task.CompletedTask;
    }

    public Task OnInstallationUpdateAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var added = activity.Extra is not null && activity.Extra.TryGetValue("action", out var action)
            && action.ValueKind == JsonValueKind.String && action.GetString()!.StartsWith("add", StringComparison.OrdinalIgnoreCase);
        return added ? WelcomeAsync(activity, cancellationToken) : Task.CompletedTask;
    }

    private async Task WelcomeAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        var user = await users.ResolveAsync(activity, cancellationToken);
        var name = user?.Name ?? activity.From?.Name ?? string.Empty;
        var card = welcome.Build(name, activity.Locale);
        var text = user is null ? UiLanguage.From(activity.Locale).T(BotTexts.NotRegistered) : null;
        var message = CardActivities.Reply(activity, card, text);
        message.ReplyToId = null;
        await SendAsync(activity, message, cancellationToken);
    }

    private async Task SendAsync(BotActivity incoming, BotActivity reply, CancellationToken cancellationToken)
    {
        if (incoming.ServiceUrl is not { } serviceUrl || incoming.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (reply.ReplyToId is { Length: > 0 } replyToId)
        {
            await connector.ReplyAsync(serviceUrl, conversationId, replyToId, reply, cancellationToken);
        }
        else
        {
            await connector.SendAsync(serviceUrl, conversationId, reply, cancellationToken);
        }
    }
}
