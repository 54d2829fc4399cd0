using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.Certificates;
using TeamsCert.Infrastructure.Body;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Register;

/// <summary>
/// Every demo certificate (seeded through the runtime, as <c>teamscert demo seed</c> does) on the register's list, search
/// and certificate pages, in zh-CN and in en: public words only — no kebab-case or rule-data code, step kind, event type,
/// staff e-mail, JSON or hash; no status word of the other language; the issuing body and its accreditation on every page;
/// a suspended certificate with its start and end.
/// </summary>
public sealed partial class RegisterDemoTests : IDisposable
{
    private static readonly string[] _latinStatus = ["Valid", "Suspended", "Revoked", "Cancelled", "Expired"];
    private static readonly string[] _chineseStatus = ["有效", "暂停", "撤销", "注销", "过期"];

    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task RegisterPages_EveryDemoCertificateBothLanguages_PublicWordsOnlyBodyAndSuspensionPeriod()
    {
        _factory.Clock.SetUtcNow(TimeProvider.System.GetUtcNow());
        using var client = _factory.CreateClient();
        var rules = _factory.Services.GetRequiredService<RulesRuntime>();
        var body = _factory.Services.GetRequiredService<CertificationBody>();
        var scopes = _factory.Services.GetRequiredService<IServiceScopeFactory>();
        TeamsCertDbContext NewContext() => scopes.CreateScope().ServiceProvider.GetRequiredService<TeamsCertDbContext>();
        await new DemoSeeder(NewContext, rules, TimeProvider.System).SeedAsync();
        List<RegisterRow> rows;
        await using (var db = NewContext())
        {
            rows = await db.Register.AsNoTracking().OrderBy(r => r.Number).ToListAsync();
        }

        var codes = Codes(rules);
        // Hyphenated English words of the public names and labels ("call-centre") are words, not codes.
        var words = rules.Schemes.All.SelectMany(r => r.Certificate.Transitions.SelectMany(t => t.Triggers).Select(t => t.Label.En).Append(r.Name.En))
            .SelectMany(text => Kebab().Matches(text).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var staff = DemoStaffDirectory.Instance.People.Select(p => p.Id).Where(id => id.Contains('@', StringComparison.Ordinal)).ToList();
        var suspended = rows.Where(r => r.Status == "suspended").ToList();
        Assert.True(rows.Count >= 4, $"{rows.Count} demo certificates");
        Assert.NotEmpty(suspended);
        Assert.NotEmpty(staff);

        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var chinese = lang == "zh-CN";
            var pages = new List<(string Url, string Html)> { ("/register", await PageAsync(client, $"/register?lang={lang}")) };
            foreach (var row in rows)
            {
                pages.Add(($"/register?q={row.Number}", await PageAsync(client, $"/register?q={Uri.EscapeDataString(row.Number)}&lang={lang}")));
                pages.Add(($"/register/{row.Number}", await PageAsync(client, $"/register/{Uri.EscapeDataString(row.Number)}?lang={lang}")));
            }

            foreach (var (url, html) in pages)
            {
                var text = Text(html);
                var where = $"{lang} {url}: {text}";
                Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
                Assert.Contains(body.DisplayName(chinese), text, StringComparison.Ordinal);
                Assert.Contains(body.AccreditationLine(chinese)!, text, StringComparison.Ordinal);
                var kebab = Kebab().Matches(text).Select(m => m.Value).FirstOrDefault(k => !words.Contains(k));
                Assert.True(kebab is null, $"code \"{kebab}\" in {where}");
                Assert.DoesNotContain(codes, c => text.Contains(c, StringComparison.Ordinal));
                Assert.DoesNotContain(staff, e => text.Contains(e, StringComparison.OrdinalIgnoreCase));
                Assert.False(Hash().IsMatch(text), $"hash in {where}");
                Assert.DoesNotContain("{\"", text, StringComparison.Ordinal);
                Assert.DoesNotContain("（未命名）", text, StringComparison.Ordinal);
                Assert.DoesNotContain("(unnamed)", text, StringComparison.Ordinal);
                foreach (var word in chinese ? _latinStatus : _chineseStatus)
                {
                    Assert.False(chinese ? Regex.IsMatch(text, $@"\b{word}\b", RegexOptions.IgnoreCase) : text.Contains(word, StringComparison.Ordinal),
                        $"status word \"{word}\" in {where}");
                }
            }

            foreach (var row in suspended)
            {
                var facts = await CertificateAsync(row);
                var page = Text(pages.Single(p => p.Url == $"/register/{row.Number}").Html);
                var start = facts.History.Last(h => h.To == CertificateState.Suspended).On;
                var end = facts.SuspendedUntil!.Value;
                Assert.Contains(chinese ? $"暂停期：{Iso(start)} 至 {Iso(end)}" : $"Suspended from {Iso(start)} until {Iso(end)}", page, StringComparison.Ordinal);
            }
        }
    }

    // The codes the rule data and the runtime use (triggers, kebab-case outcomes, step kinds, history reasons); the
    // one-word outcomes (suspend, maintain) are plain English words.
    private static HashSet<string> Codes(RulesRuntime rules)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal) { "initial-certification", "recertification R", "renewed: replaced", "certificate-status", "surveillance-audit" };
        foreach (var ruleSet in rules.Schemes.All)
        {
            codes.UnionWith(ruleSet.Certificate.Transitions.SelectMany(t => t.Triggers).Select(t => t.Code));
            codes.UnionWith(ruleSet.Outcomes.Select(o => o.Code).Where(c => c.Contains('-', StringComparison.Ordinal)));
        }

        return codes;
    }

    private async Task<Domain.Workflow.Facts.CertificateFacts> CertificateAsync(RegisterRow row)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();
        var @case = await store.LoadAsync(row.CaseId, CancellationToken.None);
        return @case!.Facts.Certificate!;
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        return html;
    }

    /// <summary>What a reader sees: no style, no QR drawing, no tags; entities decoded.</summary>
    private static string Text(string html)
    {
        var text = Regex.Replace(html, "<style>.*?</style>|<svg.*?</svg>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]+>", " ");
        return WebUtility.HtmlDecode(text);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // A lower-case kebab-case code with at least one letter (dates and certificate numbers are not codes).
    [GeneratedRegex(@"(?<![\w@./-])(?=[a-z0-9-]*[a-z])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w@-])", RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();

    [GeneratedRegex(@"\b[0-9a-f]{32,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hash();
}
