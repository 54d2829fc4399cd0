using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("only in the Development environment", error.Message, StringComparison.Ordinal);
    }
}
