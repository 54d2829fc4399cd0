using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Links;

/// <summary>Outbox passes on a hosted app, a redelivery as after a crash, and the applicant's contact e-mail.</summary>
public static class OutboxRuns
{
    public static async Task SetContactAsync(WebApplicationFactory<Program> host, Guid caseId, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();
        var @case = (await store.LoadAsync(caseId))!;
        @case.Facts.Contact = new ApplicantContactFacts { Name = "周联系", Email = email };
        await store.SaveAsync(@case);
    }

    public static async Task DeliverAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxPass>().DeliverPendingAsync();
    }

    /// <summary>As after a crash between the send and the mark: the case's messages are pending again and delivered again.</summary>
    public static async Task RedeliverAsync(WebApplicationFactory<Program> host, Guid caseId)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>().Outbox.Where(o => o.CaseId == caseId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Pending).SetProperty(o => o.NextAttemptMs, 0L));
        }

        await DeliverAsync(host);
    }

    /// <summary>A received message's body after the blank line, base64-decoded when the headers say so.</summary>
    public static string MailBody(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = message[(split + 4)..];
        return message[..split].Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)))
            : body;
    }
}
