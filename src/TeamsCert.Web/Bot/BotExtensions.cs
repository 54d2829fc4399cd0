using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>Registers the bot transport: options and connector (Infrastructure), token check, queue, dispatcher, handler.</summary>
public static class BotExtensions
{
    /// <summary>
    /// Section <c>Bot</c> (see <see cref="BotOptions"/>). <see cref="DefaultBotActivityHandler"/> is the handler unless an
    /// <see cref="IBotActivityHandler"/> is registered (before or after this call).
    /// </summary>
    public static WebApplicationBuilder AddTeamsCertBot(this WebApplicationBuilder builder)
    {
        builder.AddTeamsCertBotConnector();
        builder.Services.AddHttpClient(BotTokenValidator.HttpClientName);
        builder.Services.AddSingleton<BotTokenValidator>();
        builder.Services.AddSingleton<BotActivityInbox>();
        builder.Services.AddSingleton<BotActivityDispatcher>();
        builder.Services.AddHostedService<BotActivityWorker>();
        builder.Services.TryAddScoped<IBotActivityHandler, DefaultBotActivityHandler>();
        return builder;
    }
}
