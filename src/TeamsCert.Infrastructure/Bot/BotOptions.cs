namespace TeamsCert.Infrastructure.Bot;

/// <summary>
/// Section <c>Bot</c>: the Bot Framework registration, where inbound tokens are checked and where outbound tokens come
/// from. Every host name is configuration so a national cloud (Teams operated by 21Vianet) needs no code change.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string AppId { get; set; } = "";

    /// <summary>Tenant of a single-tenant bot; replaces <c>{tenant}</c> in <see cref="TokenAuthority"/> (default botframework.com).</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Client secret for outbound tokens (secret). Set this or <see cref="CertificatePath"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>PFX file with the bot's certificate for outbound tokens. Set this or <see cref="ClientSecret"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/> (secret).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>OpenID metadata listing the keys that sign inbound tokens. HTTPS unless on the loopback interface.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer inbound tokens must carry.</summary>
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Authority for outbound client-credential tokens; <c>{tenant}</c> is replaced by <see cref="TenantId"/>.</summary>
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com/{tenant}/";

    /// <summary>Scope of outbound tokens.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Development only (start-up fails elsewhere): accept activities without a token, send none.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Activities waiting for the background handler (default 1000); beyond that the endpoint answers 503.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// Largest activity body accepted (default 256 KiB; Teams sends a few KiB). A longer body is refused with 413 while it is
    /// read, which happens only after the token in the headers has been checked.
    /// </summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>First wait before retrying a connector call that got 429/5xx without Retry-After (default 1 s, doubling, with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Development only (ignored elsewhere): Teams user id → demo user e-mail, e.g. <c>"user-id-0": "manager@demo.local"</c>
    /// for the Agents Playground's default user. An unmapped user is unknown.
    /// </summary>
    public Dictionary<string, string> DevelopmentUsers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether the bot can receive: an app id, or anonymous development mode.</summary>
    public bool IsConfigured => AllowAnonymous || !string.IsNullOrWhiteSpace(AppId);
}
