using System.Net;

namespace TeamsCert.Web.Edge;

/// <summary>
/// Section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> the app
/// believes. Empty (the default) means no proxy is trusted: the headers are ignored and the per-IP limits count the
/// connection's address. Behind a proxy, list it, or the limits put every user in the proxy's one bucket.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>["10.0.0.4", "fd00::4"]</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>["10.0.0.0/24"]</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<IPNetwork> Networks() => KnownNetworks.Select(n => IPNetwork.Parse(n.Trim()));

    internal static bool AreAddresses(IEnumerable<string> values) => values.All(v => IPAddress.TryParse(v?.Trim(), out _));

    internal static bool AreNetworks(IEnumerable<string> values) => values.All(v => IPNetwork.TryParse(v?.Trim(), out _));
}
