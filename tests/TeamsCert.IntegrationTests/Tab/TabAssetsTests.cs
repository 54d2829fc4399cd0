using System.Net;
using Microsoft.AspNetCore.Hosting;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>teams-js at <c>/tab/lib/teams-js.js</c>: the file <c>Tab:TeamsJsFile</c> names, served as JavaScript without sign-in.</summary>
public sealed class TabAssetsTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    [Fact]
    public async Task TeamsJs_ConfiguredFile_ServedAsJavaScript()
    {
        var file = Path.Combine(_factory.DataFolder, "teams-js.min.js");
        await File.WriteAllTextAsync(file, "window.microsoftTeams = { app: {} };");
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Tab:TeamsJsFile", file));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/tab/lib/teams-js.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("window.microsoftTeams = { app: {} };", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TeamsJs_ConfiguredFileMissing_404()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Tab:TeamsJsFile", Path.Combine(_factory.DataFolder, "absent.js")));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/tab/lib/teams-js.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
