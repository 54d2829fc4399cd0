using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>
/// Checks the Bot Framework token on an inbound activity: signed RS256 by a key from <c>Bot:OpenIdMetadataUrl</c> (keys
/// cached by the configuration manager, refreshed once when a token names an unknown key), issuer <c>Bot:Issuer</c>,
/// audience <c>Bot:AppId</c>, lifetime with 5 minutes of skew, and a <c>serviceurl</c> claim, which the caller compares
/// with the activity's (<see cref="BotTokenResult.Allows"/>). It needs only the headers, so it runs before the body is read.
/// </summary>
public sealed class BotTokenValidator
{
    public const string HttpClientName = "bot-openid";
    private static readonly TimeSpan _clockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly IOptions<BotOptions> _options;
    private readonly TimeProvider _clock;
    private static readonly TimeSpan _minKeyReload = TimeSpan.FromMinutes(1);
    private readonly Lazy<HttpDocumentRetriever> _retriever;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> _metadata;
    private long _lastKeyReloadTicks = long.MinValue;

    public BotTokenValidator(IOptions<BotOptions> options, TimeProvider clock, IHttpClientFactory httpClients)
    {
        _options = options;
        _clock = clock;
        _retriever = new(() => new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            // Plain HTTP only for a local key server (tests); options validation refuses it elsewhere.
            RequireHttps = !(Uri.TryCreate(options.Value.OpenIdMetadataUrl, UriKind.Absolute, out var uri) && uri.IsLoopback),
        });
        _metadata = new(() => new ConfigurationManager<OpenIdConnectConfiguration>(
            options.Value.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), _retriever.Value));
    }

    /// <param name="authorization">The whole Authorization header value.</param>
    public async Task<BotTokenResult> ValidateAsync(string authorization, CancellationToken cancellationToken)
    {
        const string bearer = "Bearer ";
        if (!authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) || authorization.Length == bearer.Length)
        {
            return BotTokenResult.Fail("the Authorization header is not a bearer token");
        }

        var token = authorization[bearer.Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            // Not even shaped like a JWT: refused without touching the key metadata.
            return BotTokenResult.Fail("the bearer token is not a JWT");
        }

        TokenValidationResult result;
        try
        {
            var cached = await _metadata.Value.GetConfigurationAsync(cancellationToken);
            result = await CheckAsync(token, cached.SigningKeys);
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException && MayReloadKeys())
            {
                // Keys roll over: the manager only refreshes in the background, so read the metadata now (at most once a
                // minute, so tokens with made-up key ids cannot make us hammer the metadata host) and let the cache catch up.
                _metadata.Value.RequestRefresh();
                var fresh = await OpenIdConnectConfigurationRetriever.GetAsync(_options.Value.OpenIdMetadataUrl, _retriever.Value, cancellationToken);
                result = await CheckAsync(token, fresh.SigningKeys);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            return BotTokenResult.Fail($"the OpenID metadata could not be read ({e.GetType().Name})");
        }

        if (!result.IsValid)
        {
            // The exception type says what failed; its message may quote token parts, so it is not logged.
            return BotTokenResult.Fail($"token rejected ({result.Exception?.GetType().Name ?? "unknown"})");
        }

        return result.Claims.TryGetValue("serviceurl", out var value) && value is string { Length: > 0 } claim
            ? BotTokenResult.Valid(claim)
            : BotTokenResult.Fail("the token has no serviceurl claim");
    }

    // Lifetime against the app's clock (TimeProvider), so tests with a fake clock see the same time as the rest of the app.
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp + _clockSkew && (notBefore is not { } nbf || now >= nbf - _clockSkew);
    }

    private bool MayReloadKeys()
    {
        var now = _clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastKeyReloadTicks);
        return (last == long.MinValue || now - last >= _minKeyReload.Ticks)
            && Interlocked.CompareExchange(ref _lastKeyReloadTicks, now, last) == last;
    }

    private Task<TokenValidationResult> CheckAsync(string token, ICollection<SecurityKey> keys)
    {
        var bot = _options.Value;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = bot.Issuer,
            ValidAudience = bot.AppId,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = _clockSkew,
            LifetimeValidator = WithinLifetime,
            LogValidationExceptions = false,
        };
        return _handler.ValidateTokenAsync(token, parameters);
    }
}
