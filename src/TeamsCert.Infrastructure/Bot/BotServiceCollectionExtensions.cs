using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>Registers the bot's options, the connector client, its token source and the conversation-reference store.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Binds section <c>Bot</c> and checks it at start: a bad value, or <c>Bot:AllowAnonymous=true</c> outside the
    /// Development environment, stops the boot with a message naming the key. An empty <c>Bot:AppId</c> is allowed
    /// (the bot endpoint then answers 503). <see cref="IBotTokenSource"/> can be replaced (tests, other clouds).
    /// </summary>
    public static IHostApplicationBuilder AddTeamsCertBotConnector(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var environment = builder.Environment.EnvironmentName;
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.Section)
            .Validate(o => !o.AllowAnonymous || development,
                $"Bot:AllowAnonymous=true (activities without a token) is allowed only in the Development environment, not in {environment}.")
            .Validate(o => IsAbsolute(o.OpenIdMetadataUrl, allowLoopbackHttp: true),
                "Bot:OpenIdMetadataUrl must be an absolute https URL (http only on 127.0.0.1 or localhost).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Issuer), "Bot:Issuer must not be empty.")
            .Validate(o => IsAbsolute(o.TokenAuthority.Replace("{tenant}", "tenant", StringComparison.Ordinal), allowLoopbackHttp: false),
                "Bot:TokenAuthority must be an absolute https URL (it may contain {tenant}).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.TokenScope), "Bot:TokenScope must not be empty.")
            .Validate(o => o.QueueCapacity is >= 1 and <= 100_000, "Bot:QueueCapacity must be between 1 and 100000.")
            .Validate(o => o.MaxBodyBytes is >= 4 * 1024 and <= 4 * 1024 * 1024, "Bot:MaxBodyBytes must be between 4096 and 4194304.")
            .Validate(o => o.RetryBaseDelay > TimeSpan.Zero && o.RetryBaseDelay <= TimeSpan.FromMinutes(1), "Bot:RetryBaseDelay must be more than 0 and at most 00:01:00.")
            .Validate(o => o.AllowAnonymous || string.IsNullOrWhiteSpace(o.AppId)
                    || string.IsNullOrEmpty(o.ClientSecret) != string.IsNullOrEmpty(o.CertificatePath),
                "Bot:AppId is set: set exactly one of Bot:ClientSecret and Bot:CertificatePath.")
            .Validate(o => string.IsNullOrEmpty(o.CertificatePath) || File.Exists(o.CertificatePath),
                "Bot:CertificatePath names a file that does not exist.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IBotTokenSource, MsalBotTokenSource>();
        builder.Services.AddHttpClient<IBotConnector, BotConnector>();
        builder.Services.AddScoped<ConversationReferenceStore>();
        return builder;
    }

    private static bool IsAbsolute(string? url, bool allowLoopbackHttp) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
