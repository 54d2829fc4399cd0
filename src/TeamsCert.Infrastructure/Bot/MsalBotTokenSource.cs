using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>
/// Client-credential tokens from Entra ID (MSAL <c>AcquireTokenForClient</c>). One application instance for the process,
/// so MSAL's in-memory cache hands out the same token until shortly before it expires. No token in anonymous mode.
/// </summary>
public sealed class MsalBotTokenSource(IOptions<BotOptions> options) : IBotTokenSource
{
    private readonly Lazy<IConfidentialClientApplication> _app = new(() => Build(options.Value));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.AllowAnonymous)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(bot.AppId))
        {
            throw new InvalidOperationException("Bot:AppId is not configured, so the bot cannot call the connector.");
        }

        var result = await _app.Value.AcquireTokenForClient([bot.TokenScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication Build(BotOptions bot)
    {
        var tenant = string.IsNullOrWhiteSpace(bot.TenantId) ? "botframework.com" : bot.TenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(bot.AppId)
            .WithAuthority(bot.TokenAuthority.Replace("{tenant}", tenant, StringComparison.Ordinal));
        builder = string.IsNullOrEmpty(bot.CertificatePath)
            ? builder.WithClientSecret(bot.ClientSecret)
            : builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(bot.CertificatePath, bot.CertificatePassword));
        return builder.Build();
    }
}
