using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Edge;

namespace TeamsCert.Web.Bot.Cards;

/// <summary>Registers the card builders; their links start at <c>App:PublicBaseUrl</c> (see <see cref="PublicAddressOptions"/>).</summary>
public static class CardsServiceCollectionExtensions
{
    private const string LegacyKey = "Cards:PublicBaseUrl";

    public static IHostApplicationBuilder AddTeamsCertCards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CardOptions>()
            .Configure(o => o.PublicBaseUrl = PublicAddressOptions.Resolve(builder.Configuration, builder.Environment) is { } url
                && PublicAddressOptions.IsValid(url, builder.Environment.IsDevelopment()) ? new Uri(url) : o.PublicBaseUrl)
            .Validate(_ => builder.Configuration[LegacyKey] is null, $"{LegacyKey} is no longer read: set {PublicAddressOptions.Key} (cards follow it).")
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
