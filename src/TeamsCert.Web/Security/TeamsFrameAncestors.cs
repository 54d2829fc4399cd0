using System.Text.RegularExpressions;

namespace TeamsCert.Web.Security;

/// <summary>
/// The origins allowed to frame the tab (CSP <c>frame-ancestors</c>): the Teams hosts of one cloud. <c>Tab:Cloud</c>
/// picks a built-in list (<see cref="Public"/> or <see cref="China"/>); <c>Tab:FrameAncestors</c> replaces it.
/// </summary>
public static partial class TeamsFrameAncestors
{
    public const string PublicCloud = "Public";
    public const string ChinaCloud = "China";

    /// <summary>
    /// Microsoft's list for tabs in the public cloud (Teams tab prerequisites): Teams web and desktop, the
    /// <c>cloud.microsoft</c> hosts they move to, and the Microsoft 365 app and Outlook, which host Teams tabs too.
    /// </summary>
    public static readonly IReadOnlyList<string> Public =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.cloud.microsoft", "https://*.cloud.microsoft",
        "https://*.microsoft365.com", "https://*.office.com", "https://outlook.office.com", "https://outlook.office365.com",
        "https://outlook-sdf.office.com", "https://outlook-sdf.office365.com",
    ];

    /// <summary>
    /// Teams operated by 21Vianet: its client runs at <c>teams.microsoftonline.cn</c> (the origin teams-js must be told
    /// about there); its other Teams hosts live under that name. Microsoft 365 app and Outlook hosting of tabs is not
    /// offered in that cloud.
    /// </summary>
    public static readonly IReadOnlyList<string> China = ["https://teams.microsoftonline.cn", "https://*.teams.microsoftonline.cn"];

    /// <summary>The list in force: the override when given, else the cloud's built-in list.</summary>
    public static IReadOnlyList<string> For(string cloud, IReadOnlyList<string>? overrides) =>
        overrides is { Count: > 0 } ? overrides : cloud == ChinaCloud ? China : Public;

    /// <summary>What is wrong with the settings, one message per problem (empty when they are usable).</summary>
    public static IEnumerable<string> Problems(string? cloud, IReadOnlyList<string>? overrides)
    {
        if (cloud is not (PublicCloud or ChinaCloud))
        {
            yield return $"Tab:Cloud must be {PublicCloud} or {ChinaCloud}, not \"{cloud}\".";
        }

        for (var i = 0; i < (overrides?.Count ?? 0); i++)
        {
            if (!HostSource().IsMatch(overrides![i] ?? ""))
            {
                yield return $"Tab:FrameAncestors:{i} must be an https origin such as https://teams.microsoft.com or https://*.teams.microsoft.com (no path, no quotes, no spaces), not \"{overrides[i]}\".";
            }
        }
    }

    // An https host-source: optional leading "*." wildcard, DNS labels, optional port; nothing that could end the directive.
    [GeneratedRegex(@"^https://(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(:[0-9]{1,5})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostSource();
}
