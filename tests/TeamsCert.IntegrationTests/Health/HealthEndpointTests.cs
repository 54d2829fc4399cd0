using System.Net;
using System.Text.Json;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Health;

public sealed class HealthEndpointTests : IClassFixture<TeamsCertFactory>
{
    private readonly TeamsCertFactory _factory;

    public HealthEndpointTests(TeamsCertFactory factory) => _factory = factory;

    [Fact]
    public async Task Healthz_AppStarted_ReportsOkWithLoadedRuleData()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("ruleSets").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("officialCalendarYears").EnumerateArray(), y => y.GetInt32() == 2026);
    }
}
