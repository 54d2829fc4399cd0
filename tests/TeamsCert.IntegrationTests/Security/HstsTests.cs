using System.Net;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>Issue 12, item 3: HSTS outside Development (browsers then refuse plain http to the app for a year); none in Development.</summary>
public sealed class HstsTests
{
    [Fact]
    public async Task Https_ProductionFakeEntraTenant_SendsStrictTransportSecurityForAYear()
    {
        using var host = new FakeSsoEntraHost("Production");
        using var client = host.Client();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("max-age=31536000", health.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal("nosniff", health.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Https_Development_NoStrictTransportSecurity()
    {
        using var factory = new TeamsCertFactory();
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://teamscert.example.cn/") });

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.False(health.Headers.Contains("Strict-Transport-Security"));
    }
}
