using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Playwright;
using TeamsCert.BrowserTests.Playground;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Portal;

namespace TeamsCert.BrowserTests.Portal;

/// <summary>
/// The done-when for the applicant portal, for real: the app as a process storing documents in a real Azurite,
/// headless Chromium opens the invitation link, fills the TEL application form, uploads three documents through the
/// page (one of them 200 MB) and submits. The case moves on, the blobs in Azurite have the files' SHA-256, and the
/// app's working set, sampled every 50 ms during the large upload, stays flat (figures in artifacts/portal/memory.json).
/// </summary>
public sealed class PortalUploadScenarioTests
{
    private const long LargeFile = 200L * 1024 * 1024;

    /// <summary>Streaming means the app holds buffers, not the file: its working set may grow by far less than the file.</summary>
    private const long FlatMemory = 96L * 1024 * 1024;

    [BrowserFact]
    public async Task Invitation_ChromiumFillsFormUploads200MbToAzuriteAndSubmits_CaseMovesOnHashesMatchMemoryFlat()
    {
        var artifacts = BrowserTools.ArtifactsFolder("portal");
        var work = Directory.CreateTempSubdirectory("teamscert-portal-").FullName;
        try
        {
            await using var azurite = await AzuriteServer.StartAsync();
            await using var app = await TeamsCertWebApp.StartAsync(Path.Combine(work, "data"), new Dictionary<string, string>
            {
                ["Documents:Provider"] = "Blob",
                ["Documents:Blob:ConnectionString"] = azurite.ConnectionString,
                ["Documents:Blob:Container"] = "portal-scenario",
            }, Path.Combine(artifacts, "app.log"));
            using var staff = new HttpClient { BaseAddress = app.BaseAddress };
            staff.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
            var (caseId, url) = await InviteAsync(staff);
            var files = new Dictionary<string, (string Path, string Sha256)>
            {
                ["businessLicence"] = Make(work, "营业执照.pdf", 300_000),
                ["organisationChart"] = Make(work, "组织机构图.pdf", 80_000),
                ["systemDocuments"] = Make(work, "服务认证文件.pdf", LargeFile),
            };

            var playwright = await Playwright.CreateAsync();
            var profile = Directory.CreateTempSubdirectory("teamscert-chromium-").FullName;
            await using (var browser = await ChromiumLauncher.LaunchAsync(playwright, profile, 390, 844))
            {
                var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
                await page.GotoAsync(url);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "01-form-mobile.png") });
                await page.SetViewportSizeAsync(1280, 900);
                foreach (var (code, value) in TelApplicationSample.Form().Where(f => f.Key != "declaration"))
                {
                    await page.Locator($"#f-{code}").FillAsync(value);
                }

                await UploadAsync(page, "businessLicence", files["businessLicence"].Path);
                await UploadAsync(page, "organisationChart", files["organisationChart"].Path);
                var (baseline, peak, samples, seconds) = await UploadMeasuredAsync(page, app.ProcessId, files["systemDocuments"].Path);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "02-uploaded.png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(artifacts, "memory.json"), JsonSerializer.Serialize(new
                {
                    fileMb = LargeFile / 1048576,
                    baselineMb = baseline / 1048576,
                    peakMb = peak / 1048576,
                    growthMb = (peak - baseline) / 1048576.0,
                    samples,
                    seconds,
                    mbPerSecond = LargeFile / 1048576 / seconds,
                }));
                Assert.True(peak - baseline < FlatMemory,
                    string.Create(CultureInfo.InvariantCulture, $"working set grew {(peak - baseline) / 1048576.0:0.0} MB during a {LargeFile / 1048576} MB upload"));

                Assert.Equal("6", await page.Locator("#missing-count").InnerTextAsync());
                await page.Locator("#f-declaration").CheckAsync();
                await page.Locator("#submit").ClickAsync();
                await page.Locator("#confirm-incomplete").ClickAsync();
                await page.Locator("#receipt-status").WaitForAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "03-submitted.png"), FullPage = true });
            }

            var view = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
            Assert.Equal(("ApplicationReview", 120), (view.GetProperty("stage").GetString(), view.GetProperty("personnel").GetInt32()));
            var documents = (await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/documents", UriKind.Relative))).EnumerateArray().ToList();
            Assert.Equal(files.Keys.Order(), documents.Select(d => d.GetProperty("item").GetString()!).Order());
            foreach (var document in documents)
            {
                Assert.Equal(("Blob", files[document.GetProperty("item").GetString()!].Sha256),
                    (document.GetProperty("storageProvider").GetString(), document.GetProperty("sha256").GetString()));
            }

            await AssertBlobsAsync(azurite.ConnectionString, files.Values.Select(f => f.Sha256));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (string Path, string Sha256) Make(string folder, string name, long length)
    {
        var path = Path.Combine(folder, name);
        return (path, PdfFile.Write(path, length));
    }

    private static async Task<(Guid CaseId, string Url)> InviteAsync(HttpClient staff)
    {
        using var response = await staff.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", contactEmail = "lisi@example.com" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (body.GetProperty("case").GetProperty("id").GetGuid(), body.GetProperty("link").GetProperty("url").GetString()!);
    }

    private static async Task UploadAsync(IPage page, string item, string path)
    {
        await page.Locator($".item[data-item='{item}'] input[type=file]").SetInputFilesAsync(path);
        await page.Locator($".item.supplied[data-item='{item}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 600_000 });
    }

    private static async Task<(long Baseline, long Peak, int Samples, double Seconds)> UploadMeasuredAsync(IPage page, int appProcess, string path)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var sampler = new MemorySampler(appProcess);
        await UploadAsync(page, "systemDocuments", path);
        return (sampler.Baseline, sampler.Peak, sampler.Samples, started.Elapsed.TotalSeconds);
    }

    private static async Task AssertBlobsAsync(string connectionString, IEnumerable<string> expected)
    {
        var container = new BlobContainerClient(connectionString, "portal-scenario");
        var hashes = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            await using var stream = await container.GetBlobClient(blob.Name).OpenReadAsync();
            hashes.Add(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
        }

        Assert.Equal(expected.Order(), hashes.Order());
    }
}
