using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Conversation;
using TeamsCert.Web.Bot.Digest;
using TeamsCert.Web.Bot.Links;
using TeamsCert.Web.Bot.Outbound;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot;

/// <summary>Registers the bot: transport (options, connector, token check, queue, dispatcher), handler, outbound messages, digest.</summary>
public static class BotExtensions
{
    /// <summary>
    /// Section <c>Bot</c> (see <see cref="BotOptions"/>) and <c>Bot:Digest</c> (<see cref="DigestOptions"/>).
    /// <see cref="TeamsCertBotHandler"/> is the handler unless an <see cref="IBotActivityHandler"/> is registered (before
    /// or after this call). When the bot is configured (an app id, or anonymous Development) outbox messages go to Teams
    /// (<see cref="TeamsOutboundSender"/>) and the daily digest runs; otherwise the logging sender stays.
    /// </summary>
    public static WebApplicationBuilder AddTeamsCertBot(this WebApplicationBuilder builder)
    {
        builder.AddTeamsCertBotConnector();
        var services = builder.Services;
        services.AddHttpClient(BotTokenValidator.HttpClientName);
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<BotActivityInbox>();
        services.AddSingleton<BotActivityDispatcher>();
        services.AddHostedService<BotActivityWorker>();
        services.TryAddScoped<IBotActivityHandler, TeamsCertBotHandler>();
        services.AddSingleton<DeliveredRecipients>();
        services.AddSingleton<NoticeCardBuilder>();
        services.AddScoped<BotUserResolver>();
        services.AddScoped<StaffAddressBook>();
        services.AddScoped<ProactiveCards>();
        services.AddScoped<StepSummaries>();
        services.AddScoped<MyStepsQuery>();
        services.AddScoped<CaseLookup>();
        services.AddScoped<MessageReplies>();
        services.AddScoped<StepCardFactory>();
        services.AddScoped<StepFactsQuery>();
        services.AddScoped<StepOutcomes>();
        services.AddScoped<StepActInvoke>();
        services.AddScoped<StepViewInvoke>();
        services.AddScoped<StepReassignInvoke>();
        services.AddScoped<CardActionInvoke>();
        services.AddScoped<LinkPanelQuery>();
        services.AddScoped<LinkCardInvoke>();
        services.AddScoped<StepOpenedCards>();
        services.AddScoped<ActedCardUpdates>();
        services.AddScoped<DailyDigestPass>();
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.Section)
            .Validate(o => o.Channels.Count == 0 || Uri.TryCreate(o.ServiceUrl, UriKind.Absolute, out _),
                "Bot:Digest:ServiceUrl must be an absolute URL when Bot:Digest:Channels is set.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromHours(1),
                "Bot:Digest:PollInterval must be more than 0 and at most 01:00:00.")
            .ValidateOnStart();
        var bot = builder.Configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        if (bot.IsConfigured)
        {
            // Registered after the background work's TryAdd of the logging sender, so this one is resolved.
            services.AddScoped<IOutboundSender, TeamsOutboundSender>();
            services.AddHostedService<DailyDigestService>();
        }

        return builder;
    }
}
