namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// What the Production environment needs to start here: an Entra registration (placeholders: no token is ever sent, so
/// nothing is fetched) and the public address and the certification body's identity; the bot with an app id whose key metadata is on a closed local port.
/// </summary>
internal static class ProductionSettings
{
    public const string PublicBaseUrl = "https://teamscert.example.cn/";

    /// <summary>The operator's identity, required outside Development (<c>Body</c> section).</summary>
    public const string BodyName = "示例认证有限公司";

    public static Dictionary<string, string> Entra(bool withPublicBaseUrl = true)
    {
        var settings = new Dictionary<string, string>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Body:Name"] = BodyName,
            ["Body:Email"] = "certification@example.cn",
        };
        if (withPublicBaseUrl)
        {
            settings["App:PublicBaseUrl"] = PublicBaseUrl;
        }

        return settings;
    }

    public static Dictionary<string, string> WithBot()
    {
        var settings = Entra();
        settings["Bot:AppId"] = "6f1c2a59-0000-4000-8000-00000000b07a";
        settings["Bot:ClientSecret"] = "not-used";
        settings["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration";
        return settings;
    }
}
