using System.Net;
using System.Text.RegularExpressions;
using TeamsCert.IntegrationTests.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// 申请人链接 / Applicant links on the case page: create (URL shown once, in the POST's answer) and revoke through the
/// tab's forms, posted with the page's antiforgery token; LINK-ROLE and LINK-PURPOSE refusals shown, nothing stored.
/// </summary>
public sealed partial class TabLinkTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly TabForms _forms;
    private readonly LinkApi _api;

    public TabLinkTests()
    {
        _forms = new TabForms(_factory, followRedirects: false);
        _api = new LinkApi(_factory);
    }

    [Fact]
    public async Task Create_Reviewer_ShowsTheUrlOnceAndItOpensThePortal()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (_, page) = await _forms.GetAsync($"/tab/cases/{caseId}?lang=en", LinkApi.Reviewer);
        Assert.Contains("<option value=\"application-form\">", page, StringComparison.Ordinal);

        var (status, html, _) = await CreateAsync(caseId, LinkApi.Reviewer, TabForms.TokenIn(page), "application-form");

        Assert.Equal(HttpStatusCode.OK, status);
        var url = new Uri(WebUtility.HtmlDecode(CreatedUrl().Match(html).Groups[1].Value));
        var row = Assert.Single(await _api.LinkRowsAsync());
        Assert.Equal(_factory.Clock.GetUtcNow().AddDays(7), row.ExpiresAt);
        Assert.Equal(HttpStatusCode.OK, (await _api.PortalAsync(url.Segments[^1])).StatusCode);
        var (_, again) = await _forms.GetAsync($"/tab/cases/{caseId}?lang=en", LinkApi.Reviewer);
        Assert.DoesNotContain(url.Segments[^1], again, StringComparison.Ordinal);
        Assert.Contains($"data-link=\"{row.Id}\" data-status=\"active\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_Manager_LinkListedRevokedAndThePortalAnswers410()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (linkId, token, _) = await _api.CreateOkAsync(caseId);
        var (_, page) = await _forms.GetAsync($"/tab/cases/{caseId}?lang=en", "manager@demo.local");
        Assert.DoesNotContain(token, page, StringComparison.Ordinal);

        var (status, html, _) = await _forms.PostAsync($"/tab/cases/{caseId}/links?lang=en", "manager@demo.local", TabForms.TokenIn(page),
            new Dictionary<string, string> { ["_handler"] = $"link-revoke-{linkId:N}" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Link revoked", html, StringComparison.Ordinal);
        Assert.Contains($"data-link=\"{linkId}\" data-status=\"revoked\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await _api.PortalAsync(token)).StatusCode);
        Assert.Contains(await _api.JournalAsync(caseId), e => e.GetProperty("type").GetString() == "link.revoked");
    }

    [Fact]
    public async Task Create_Auditor_403PageAndNoLink()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (_, page) = await _forms.GetAsync($"/tab/cases/{caseId}", LinkApi.Reviewer);

        var (status, html, _) = await CreateAsync(caseId, "auditor@demo.local", TabForms.TokenIn(page), "application-form");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await _api.LinkRowsAsync());
    }

    [Fact]
    public async Task Create_TechnicalCommittee_RefusedWithLinkRoleAndNoLink()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (_, page) = await _forms.GetAsync($"/tab/cases/{caseId}?lang=en", "tc@demo.local");
        Assert.Contains("id=\"link-role\"", page, StringComparison.Ordinal);

        var (status, html, _) = await CreateAsync(caseId, "tc@demo.local", TabForms.TokenIn(page), "application-form");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("LINK-ROLE", LinkOutcome(html), StringComparison.Ordinal);
        Assert.Empty(await _api.LinkRowsAsync());
    }

    [Fact]
    public async Task Create_PurposeTheCaseHasNoUseFor_LinkPurposeShownAndNoLink()
    {
        var (caseId, number) = await _api.OpenCaseAsync();
        var (_, page) = await _forms.GetAsync($"/tab/cases/{caseId}?lang=en", LinkApi.Reviewer);
        Assert.DoesNotContain("<option value=\"documents\">", page, StringComparison.Ordinal);

        var (status, html, _) = await CreateAsync(caseId, LinkApi.Reviewer, TabForms.TokenIn(page), "documents");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("LINK-PURPOSE", LinkOutcome(html), StringComparison.Ordinal);
        Assert.Contains(number, LinkOutcome(html), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"created-link\"", html, StringComparison.Ordinal);
        Assert.Empty(await _api.LinkRowsAsync());
    }

    [Fact]
    public async Task Create_DaysOutOfRange_MessageInOneLanguageWithoutTheFieldCodeAndNoLink()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (_, page) = await _forms.GetAsync($"/tab/cases/{caseId}?lang=zh-CN", LinkApi.Reviewer);

        var (status, html, _) = await CreateAsync(caseId, LinkApi.Reviewer, TabForms.TokenIn(page), "application-form", days: "31");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        // One language, led by nothing but the message (never "expiresInDays: " in front).
        Assert.False(LinkOutcome(html).Contains("有效天数", StringComparison.Ordinal) && LinkOutcome(html).Contains("must be", StringComparison.Ordinal), LinkOutcome(html));
        Assert.DoesNotContain("expiresInDays: ", LinkOutcome(html), StringComparison.Ordinal);
        Assert.Contains("30", LinkOutcome(html), StringComparison.Ordinal);
        Assert.Empty(await _api.LinkRowsAsync());
    }

    public void Dispose()
    {
        _forms.Dispose();
        _factory.Dispose();
    }

    private Task<(HttpStatusCode Status, string Html, Uri? Location)> CreateAsync(Guid caseId, string user, string token, string purpose, string days = "7") =>
        _forms.PostAsync($"/tab/cases/{caseId}/links?lang=en", user, token, new Dictionary<string, string>
        {
            ["_handler"] = "link-create",
            ["purpose"] = purpose,
            ["sendTo"] = "",
            ["expiresInDays"] = days,
        });

    private static string LinkOutcome(string html)
    {
        var match = Outcome().Match(html);
        Assert.True(match.Success, "the page shows the outcome of the link form");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    [GeneratedRegex("id=\"created-url\" readonly value=\"([^\"]+)\"")]
    private static partial Regex CreatedUrl();

    [GeneratedRegex("id=\"link-outcome\">([^<]+)<")]
    private static partial Regex Outcome();
}
