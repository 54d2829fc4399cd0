using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>
/// What the bot does with an activity. Register one with <c>services.AddScoped&lt;IBotActivityHandler, MyHandler&gt;()</c>
/// (it replaces <see cref="TeamsCertBotHandler"/>); it is resolved in a fresh scope per activity. Messages,
/// conversation and installation updates run after the HTTP request has been answered 200, so reply through
/// <see cref="IBotConnector"/>; conversation references are saved before the handler runs. An exception is logged with a
/// correlation id and the user is told that id; handlers need not catch for that.
/// </summary>
public interface IBotActivityHandler
{
    /// <summary>A <c>message</c>: text, or an Action.Submit (<see cref="BotActivity.Value"/>).</summary>
    Task OnMessageAsync(BotActivity activity, CancellationToken cancellationToken);

    /// <summary>
    /// An <c>invoke</c> (e.g. <c>adaptiveCard/action</c> for Action.Execute), answered in the HTTP response: the returned
    /// status is the HTTP status and the body its JSON. Keep it prompt; Teams waits for it.
    /// </summary>
    Task<BotInvokeResponse> OnInvokeAsync(BotActivity activity, CancellationToken cancellationToken);

    /// <summary>A <c>conversationUpdate</c> (members added or removed, e.g. the bot joined a chat).</summary>
    Task OnConversationUpdateAsync(BotActivity activity, CancellationToken cancellationToken);

    /// <summary>An <c>installationUpdate</c> (the app was installed or removed).</summary>
    Task OnInstallationUpdateAsync(BotActivity activity, CancellationToken cancellationToken);
}
