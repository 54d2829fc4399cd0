using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TeamsCert.Web.Edge;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// Links in Development start with the app's own address when <c>App:PublicBaseUrl</c> is not set: the first
/// <c>--urls</c> address (a wildcard host read as localhost), else the launch profile's port 5080 (issue 13: every
/// link from Teams was dead in the default run).
/// </summary>
public sealed class DevelopmentAddressTests
{
    [Theory]
    [InlineData(null, "http://localhost:5080/")]
    [InlineData("http://*:5123", "http://localhost:5123/")]
    [InlineData("http://0.0.0.0:6000;https://localhost:6001", "http://localhost:6000/")]
    [InlineData("https://+:7443", "https://localhost:7443/")]
    [InlineData("http://127.0.0.1:0", "http://localhost:5080/")]
    public void Resolve_DevelopmentWithoutPublicBaseUrl_UsesTheListeningAddress(string? urls, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();

        Assert.Equal(expected, PublicAddressOptions.Resolve(configuration, new Environment(Environments.Development)));
    }

    [Fact]
    public void Resolve_ConfiguredAddress_WinsOverTheListeningOne()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://*:5123",
            [PublicAddressOptions.Key] = "https://teamscert.example.cn/",
        }).Build();

        Assert.Equal("https://teamscert.example.cn/", PublicAddressOptions.Resolve(configuration, new Environment(Environments.Development)));
        Assert.Null(PublicAddressOptions.Resolve(new ConfigurationBuilder().Build(), new Environment(Environments.Production)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "TeamsCert.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
