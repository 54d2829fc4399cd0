using System.Net;
using Microsoft.AspNetCore.Hosting;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>The API description is served in Development, and elsewhere only when <c>OpenApi:Enabled=true</c>.</summary>
public sealed class OpenApiExposureTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("Production", null, HttpStatusCode.NotFound)]
    [InlineData("Production", "false", HttpStatusCode.NotFound)]
    [InlineData("Production", "true", HttpStatusCode.OK)]
    [InlineData("Development", null, HttpStatusCode.OK)]
    public async Task OpenApiDocument_ByEnvironmentAndSetting_ServedOnlyWhereAllowed(string environment, string? enabled, HttpStatusCode expected)
    {
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            foreach (var (key, value) in ProductionSettings.Entra())
            {
                b.UseSetting(key, value);
            }

            if (enabled is not null)
            {
                b.UseSetting("OpenApi:Enabled", enabled);
            }
        });

        using var response = await host.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }
}
