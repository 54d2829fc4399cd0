using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Body;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>The operator's identity (<c>Body</c>): required outside Development, a demo body in Development, and its logo served safely.</summary>
public sealed class CertificationBodyTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-body-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Start_ProductionWithoutBody_RefusedNamingTheSettings()
    {
        var settings = ProductionSettings.Entra();
        settings.Remove("Body:Name");
        settings.Remove("Body:Email");
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

        var error = host.FailedStart<Microsoft.Extensions.Options.OptionsValidationException>();

        Assert.Contains("Body:Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_NoBodySection_IsTheDemoBody()
    {
        var body = _factory.Services.GetRequiredService<CertificationBody>();

        Assert.Equal(CertificationBody.DevelopmentDefault().Name, body.Name);
        Assert.True(body.IsComplete);
        Assert.Contains("电话", body.ContactLine(chinese: true), StringComparison.Ordinal);
        Assert.Contains("Tel.", body.ContactLine(chinese: false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logo_FileUnderDataFolder_ServedAsImageWithoutScript()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("App:DataFolder", _folder);
            b.UseSetting("Body:Name", "示例认证有限公司");
            b.UseSetting("Body:Email", "certification@example.cn");
            b.UseSetting("Body:Logo", "logo.svg");
        });
        using var client = host.CreateClient();

        using var logo = await client.GetAsync(new Uri("/body/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", logo.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secret.png")]
    [InlineData("/etc/passwd.png")]
    [InlineData("logo.exe")]
    public void Start_LogoOutsideTheDataFolderOrNotAnImage_Refused(string logo)
    {
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Body:Name", "示例认证有限公司");
            b.UseSetting("Body:Email", "certification@example.cn");
            b.UseSetting("Body:Logo", logo);
        });

        var error = host.FailedStart<Microsoft.Extensions.Options.OptionsValidationException>();

        Assert.Contains("Body:Logo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logo_NoneConfigured_NotFound()
    {
        using var client = _factory.CreateClient();

        using var logo = await client.GetAsync(new Uri("/body/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, logo.StatusCode);
    }
}
