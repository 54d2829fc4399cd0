using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Portal;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.Web.Security;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// Issue 12, item 3, through the real host (development identity, SQLite) for each cloud setting: every tab page, the
/// tab's downloads and the documents it links to may be framed by that cloud's Teams origins only and send no
/// X-Frame-Options; every portal, register and other page is unframable (DENY, frame-ancestors 'none'); all send nosniff;
/// every download is an attachment with an RFC 6266 file name.
/// </summary>
public sealed class FrameHeaderMatrixTests : IDisposable
{
    private const string Manager = "manager@demo.local";
    private readonly TeamsCertFactory _factory = new();

    public static TheoryData<string> Clouds => [TeamsFrameAncestors.PublicCloud, TeamsFrameAncestors.ChinaCloud];

    [Theory]
    [MemberData(nameof(Clouds))]
    public async Task EverySurface_CloudSetting_FramingHeadersPerSurface(string cloud)
    {
        using var host = _factory.WithWebHostBuilder(b => b.UseSetting("Tab:Cloud", cloud));
        var origins = cloud == TeamsFrameAncestors.ChinaCloud ? TeamsFrameAncestors.China : TeamsFrameAncestors.Public;
        var staff = LinkClient(host, Manager);
        var caseId = await DocumentApiTests.OpenCaseAsync(staff);
        var document = await DocumentApiTests.UploadRawAsync(staff, caseId, "体系文件 2025.pdf", GeneratedFileStream.Pdf(2_000), System.Net.HttpStatusCode.Created);
        var (_, _, portal) = await PortalApplicationFormTests.InviteAsync(LinkClient(host, "reviewer@demo.local"), host);

        SurfaceRow[] rows =
        [
            new("tab pipeline /tab", "/tab", Manager, true),
            new("tab pipeline /tab/pipeline", "/tab/pipeline", Manager, true),
            new("tab deadlines (antiforgery forms)", "/tab/deadlines", Manager, true),
            new("tab workload", "/tab/workload", Manager, true),
            new("tab register", "/tab/register", Manager, true),
            new("tab case page", $"/tab/cases/{caseId}", Manager, true),
            new("tab case links page", $"/tab/cases/{caseId}/links", Manager, true),
            new("tab sign-in page", "/tab/signin", null, true, Accept: "text/html"),
            new("tab sign-in redirect", "/tab/deadlines", null, true, Accept: "text/html"),
            new("tab refusal page (403)", "/tab/register", "auditor@demo.local", true, Accept: "text/html"),
            new("tab stylesheet", "/tab/assets/tab.css", null, true),
            new("tab register export download", "/tab/register.xlsx", Manager, true, Download: true),
            new("case document download", $"/api/documents/{document.GetProperty("id")}/content", Manager, true, Download: true),
            new("portal form page", $"/portal/{portal.Token}", null, false),
            new("portal unknown link page (404)", "/portal/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null, false),
            new("portal upload script", "/portal-assets/upload.js", null, false),
            new("register search page", "/register", null, false),
            new("register search results page", "/register?q=%E5%8C%97%E4%BA%AC", null, false),
            new("register short query page (400)", "/register?q=a", null, false),
            new("register certificate page, unknown number (404)", "/register/TEL-0000-0000", null, false),
            new("register API search", "/api/register?q=%E5%8C%97%E4%BA%AC", null, false),
            new("register API certificate (404)", "/api/register/TEL-0000-0000", null, false),
            new("cases API", "/api/cases", Manager, false),
            new("health", "/healthz", null, false),
        ];

        var problems = new List<string>();
        foreach (var row in rows)
        {
            using var client = LinkClient(host, row.User);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(row.Path, UriKind.Relative));
            if (row.Accept is not null)
            {
                request.Headers.Accept.ParseAdd(row.Accept);
            }

            using var response = await client.SendAsync(request);
            problems.AddRange(row.Check(response, origins));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task PortalPage_OwnPolicy_KeptWithFrameAncestorsNoneOnce()
    {
        var (_, _, portal) = await PortalApplicationFormTests.InviteAsync(LinkClient(_factory, "reviewer@demo.local"), _factory);

        using var page = await portal.PageAsync();
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Single(csp.Split(';', StringSplitOptions.TrimEntries), d => d == "frame-ancestors 'none'");
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task TabPage_FrameAncestorsOverride_ListsExactlyTheOverride()
    {
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Tab:Cloud", "China");
            b.UseSetting("Tab:FrameAncestors:0", "https://teams.example.cn");
            b.UseSetting("Tab:FrameAncestors:1", "https://*.teams.example.cn");
        });

        using var page = await LinkClient(host, Manager).GetAsync(new Uri("/tab/deadlines", UriKind.Relative));

        Assert.Equal("frame-ancestors https://teams.example.cn https://*.teams.example.cn", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(page.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("Public", "")]
    [InlineData("China", "https://teams.microsoftonline.cn")]
    public async Task TabPage_Cloud_NamesTheOriginsTeamsJsMustTrust(string cloud, string origins)
    {
        using var host = _factory.WithWebHostBuilder(b => b.UseSetting("Tab:Cloud", cloud));

        var html = await LinkClient(host, Manager).GetStringAsync(new Uri("/tab/deadlines", UriKind.Relative));

        // teams-js only talks to a host it trusts: outside the public cloud the page must name it (app.initialize(origins)).
        Assert.Contains($"<body data-teams-origins=\"{origins}\">", html, StringComparison.Ordinal);
    }

    private static HttpClient LinkClient(WebApplicationFactory<Program> factory, string? user)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("X-Dev-User", user);
        }

        return client;
    }

    public void Dispose() => _factory.Dispose();
}
