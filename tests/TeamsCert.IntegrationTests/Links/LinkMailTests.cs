using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Links;

public sealed class LinkMailTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly LocalSmtpServer _smtp = new();

    public void Dispose()
    {
        _smtp.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Create_SendToWithSmtp_EmailThroughLocalSmtpServerContainsTheUrl()
    {
        using var host = _factory.WithWebHostBuilder(b => b
            .UseSetting("Smtp:Host", "127.0.0.1")
            .UseSetting("Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Smtp:From", "certification@body.example")
            .UseSetting("App:PublicBaseUrl", "https://portal.body.example/"));
        var api = new LinkApi(host);
        var (caseId, number) = await api.InviteAsync();

        using var response = await api.CreateAsync(caseId, new { purpose = "application-form", sendTo = "applicant@example.com" });
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var url = view.GetProperty("url").GetString()!;
        var message = await _smtp.Message.WaitAsync(TimeSpan.FromSeconds(30));
        var journal = await api.JournalAsync(caseId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(view.GetProperty("emailed").GetBoolean());
        Assert.Equal("applicant@example.com", view.GetProperty("emailedTo").GetString());
        Assert.StartsWith("https://portal.body.example/portal/", url, StringComparison.Ordinal);
        Assert.Contains(_smtp.Recipients, r => r.Contains("applicant@example.com", StringComparison.Ordinal));
        var body = DecodedBody(message);
        Assert.Contains(url, body, StringComparison.Ordinal);
        Assert.Contains(number, body, StringComparison.Ordinal);
        Assert.Contains("请填写并提交认证申请书", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("请填写", StringComparison.Ordinal) < body.IndexOf("Please fill in", StringComparison.Ordinal), "Chinese comes first");
        Assert.Contains(journal, e => e.GetProperty("type").GetString() == "link.emailed");
        Assert.True(await api.JournalVerifiesAsync(caseId));
    }

    /// <summary>The body after the blank line, base64-decoded when the headers say so.</summary>
    private static string DecodedBody(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = message[..split];
        var body = message[(split + 4)..];
        return headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)))
            : body;
    }
}
