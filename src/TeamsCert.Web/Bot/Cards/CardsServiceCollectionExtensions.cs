using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Cards.Steps;

namespace TeamsCert.Web.Bot.Cards;

/// <summary>Registers the card builders and binds section <c>Cards</c> (validated at start).</summary>
public static class CardsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddTeamsCertCards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CardOptions>()
            .Bind(builder.Configuration.GetSection(CardOptions.Section))
            .Validate(o => o.PublicBaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "Cards:PublicBaseUrl must be an absolute http(s) address, e.g. https://teamscert.example.cn/")
            .ValidateOnStart();
        var services = builder.Services;
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CardOptions>>().Value);
        services.AddSingleton(sp => new StepCardBuilder(sp.GetRequiredService<CardOptions>(), sp.GetRequiredService<RulesRuntime>().Calendar));
        services.AddSingleton(sp => new ReminderCardBuilder(sp.GetRequiredService<CardOptions>(), sp.GetRequiredService<RulesRuntime>().Calendar));
        services.AddSingleton(sp => new EscalationCardBuilder(sp.GetRequiredService<CardOptions>(), sp.GetRequiredService<RulesRuntime>().Calendar));
        services.AddSingleton(sp => new CaseSummaryCardBuilder(sp.GetRequiredService<CardOptions>(), sp.GetRequiredService<RulesRuntime>().Calendar));
        services.AddSingleton(sp => new MyStepsCardBuilder(sp.GetRequiredService<RulesRuntime>().Calendar));
        services.AddSingleton(sp => new DailyDigestCardBuilder(sp.GetRequiredService<RulesRuntime>().Calendar));
        services.AddSingleton<OutcomeCardBuilder>();
        services.AddSingleton<RefusalCardBuilder>();
        services.AddSingleton<WelcomeCardBuilder>();
        services.AddSingleton<HelpCardBuilder>();
        services.AddSingleton<LinkCardBuilder>();
        return builder;
    }
}
