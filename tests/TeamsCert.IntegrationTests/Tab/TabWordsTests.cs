using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Portal;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Texts;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// The tab's pages on the demo data (seeded through the runtime, today moved on so that open steps are overdue) plus
/// one application submitted through the portal: every page in one language and without internal codes (step kinds,
/// event types, role codes, <c>applicant:</c> ids, staff e-mails, status words of the other language); the case page
/// shows the submitted application and each uploaded file; the deadline-met KPI counts open overdue steps as missed.
/// </summary>
public sealed class TabWordsTests : IDisposable
{
    private const string Manager = "manager@demo.local";
    private readonly TeamsCertFactory _factory = new();
    private readonly TabForms _forms;

    public TabWordsTests() => _forms = new TabForms(_factory);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task EveryPage_DemoData_NoInternalCodeAndOneLanguage(string lang)
    {
        var caseIds = await SeedAsync();
        var pages = new List<string> { "/tab", "/tab?overdue=true", "/tab/deadlines", "/tab/workload?past=true", "/tab/register" };
        pages.AddRange(caseIds.Select(id => $"/tab/cases/{id}"));

        var rules = _factory.Services.GetRequiredService<RulesRuntime>();
        var found = new List<string>();
        foreach (var page in pages)
        {
            var (status, html) = await _forms.GetAsync($"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={lang}", Manager);
            Assert.Equal(HttpStatusCode.OK, status);
            found.AddRange(PeopleTexts.Problems(PeopleTexts.OfHtml(html), lang, rules).Distinct().Select(p => $"{page} ({lang}): {p}"));
        }

        Assert.True(found.Count == 0, "pages show codes:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task CasePage_SubmittedApplication_EveryValueWithItsLabelEachFileAsALinkAndTheApplicantInWords()
    {
        var staff = _factory.ClientFor("reviewer@demo.local");
        var (caseId, linkId, portal) = await PortalApplicationFormTests.InviteAsync(staff, _factory);
        var licence = await portal.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(40_000));
        var list = await portal.UploadAsync("serviceList", "服务清单.pdf", GeneratedFileStream.Pdf(10_000));
        // Two of the nine materials: the portal warns first, and the applicant submits anyway.
        using (var submitted = await portal.SubmitAsync(PortalClient.TelForm().Append(new("confirmIncomplete", "true"))))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            Assert.DoesNotContain("id=\"incomplete-warning\"", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var (status, html) = await _forms.GetAsync($"/tab/cases/{caseId}", Manager);

        Assert.Equal(HttpStatusCode.OK, status);
        var values = Regex.Matches(html, "<dd data-field=\"([^\"]+)\" class=\"value\">([^<]*)</dd>").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (field, value) in PortalClient.TelForm().Where(f => f.Key != "declaration"))
        {
            Assert.True(values.TryGetValue(field, out var shown), $"the case page shows {field}; it shows {string.Join(", ", values.Keys)}");
            Assert.Equal(value, shown);
        }

        Assert.Equal("已确认", values["declaration"]);
        foreach (var upload in new[] { licence, list })
        {
            var id = upload.Body.GetProperty("id").GetGuid();
            Assert.Contains($"href=\"/api/documents/{id}/content\"", html, StringComparison.Ordinal);
        }

        var text = PeopleTexts.OfHtml(html);
        Assert.Contains("企业营业执照及年检证明复印件", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"applicant:{linkId:D}", text, StringComparison.Ordinal);
        Assert.Contains("申请方", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_OpenOverdueSteps_DeadlineMetBelow100AndOverdueFilterShowsOnlyOverdueCases()
    {
        await SeedAsync();

        var (_, html) = await _forms.GetAsync("/tab", Manager);
        var overdue = int.Parse(Regex.Match(html, "id=\"kpi-overdue\"[^>]*>(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var met = Regex.Match(html, "id=\"kpi-met\">(\\d+) % \\((\\d+)/(\\d+)\\)<");

        Assert.True(overdue > 0, "the demo data has open overdue steps today");
        Assert.True(met.Success, html);
        Assert.True(int.Parse(met.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 100);
        Assert.True(int.Parse(met.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(met.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= overdue);

        var (_, filtered) = await _forms.GetAsync("/tab?overdue=true", Manager);
        var counts = Regex.Matches(filtered, "class=\"(?:overdue )?overdue-count\">(\\d+)<").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(c > 0));
        var all = Regex.Count(html, "class=\"(?:overdue )?overdue-count\">(\\d+)<");
        Assert.True(all > counts.Count, "the filter leaves out cases without overdue steps");
    }

    public void Dispose()
    {
        _forms.Dispose();
        _factory.Dispose();
    }

    private async Task<List<Guid>> SeedAsync()
    {
        // After every dated demo scenario, so that the steps they left open are overdue.
        await _factory.SeedDemoAsync(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>().Cases.Select(c => c.Id).ToListAsync();
    }
}
