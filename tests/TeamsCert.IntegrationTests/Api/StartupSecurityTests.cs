using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Api;

public class StartupSecurityTests
{
    [Fact]
    public void Start_DevelopmentIdentityInProduction_Refused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Auth:Mode", "Development");
        });

        var error = factory.FailedStart<InvalidOperationException>();

        Assert.Contains("only in the Development environment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntraMode_FakeTenantWithoutToken_ApiIs401AndHealthIsOpen()
    {
        // No Entra ID is reachable here: the tenant is a placeholder and no token is sent, so nothing is fetched.
        var folder = Directory.CreateTempSubdirectory("teamscert-entra-").FullName;
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("App:DataFolder", folder);
                b.UseSetting("App:PublicBaseUrl", "https://teamscert.example.cn/");
                b.UseSetting("Body:Name", "示例认证有限公司");
                b.UseSetting("Body:Telephone", "010-0000 0000");
                b.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
                b.UseSetting("AzureAd:TenantId", "00000000-0000-0000-0000-000000000001");
                b.UseSetting("AzureAd:ClientId", "00000000-0000-0000-0000-000000000002");
            });
            using var client = factory.CreateClient();

            using var api = await client.GetAsync(new Uri("/api/cases", UriKind.Relative));
            using var devHeader = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/cases", UriKind.Relative));
            devHeader.Headers.Add("X-Dev-User", "manager@demo.local");
            using var withDevHeader = await client.SendAsync(devHeader);
            using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, api.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, withDevHeader.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
