using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// <c>X-Forwarded-For</c> is believed only from the proxies in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>,
/// so the register's per-IP limit (2 a minute here) counts real clients: on Kestrel, from 127.0.0.1.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Register_NoProxyConfiguredSpoofedForwardedFor_StillLimitedByConnectionAddress()
    {
        using var host = Host();

        var statuses = await GetAllAsync(host, "203.0.113.1", "203.0.113.2", "203.0.113.3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Register_NoProxyConfiguredWithHostingSwitchOn_ForwardedForStillIgnored()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes the host trust every sender; the app's settings take precedence.
        using var host = Host(("ForwardedHeaders_Enabled", "true"));

        var statuses = await GetAllAsync(host, "203.0.113.1", "203.0.113.2", "203.0.113.3");

        Assert.Contains(host.Services.GetServices<IStartupFilter>(), f => f.GetType().Name == "ForwardedHeadersStartupFilter"); // the switch is on
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Register_ClientIsKnownProxy_DistinctForwardedForGetDistinctBuckets()
    {
        using var host = Host(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));

        var statuses = await GetAllAsync(host, "203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.1", "203.0.113.1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Register_ClientInKnownNetwork_ForwardedForBelieved()
    {
        using var host = Host(("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8"));

        var statuses = await GetAllAsync(host, "198.51.100.1", "198.51.100.2", "198.51.100.3");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.300", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.internal", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "ForwardedHeaders:KnownNetworks")]
    public void Start_BadProxySetting_FailsNamingTheKey(string key, string value, string named)
    {
        using var host = _factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = host.FailedStart<OptionsValidationException>();

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings)
    {
        var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Register:RequestsPerMinute", "2");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        return host;
    }

    private static async Task<List<HttpStatusCode>> GetAllAsync(WebApplicationFactory<Program> host, params string[] forwardedFor)
    {
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/register", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
