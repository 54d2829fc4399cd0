using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// One pass of the outbox dispatcher: claims ready messages, sends each through the <see cref="IOutboundSender"/>
/// and only then marks it <c>sent</c>. Delivery is at-least-once: a crash between the send and the mark sends the
/// message again after the claim lapses, and the receiver drops the copy by its idempotency key. A failed send is
/// retried with exponential backoff and marked <c>failed</c> after <see cref="OutboxOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class OutboxPass(
    TeamsCertDbContext db, IOutboundSender sender, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxPass> logger)
{
    private readonly OutboxOptions _options = options.Value;

    /// <returns>How many messages were sent and marked <c>sent</c> in this pass.</returns>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            // Claim until nothing ready is left; a message that failed in this pass waits for its backoff, so the loop ends.
            var batch = await OutboxClaims.ClaimAsync(db, _options, time.GetUtcNow(), cancellationToken);
            if (batch.Count == 0)
            {
                return sent;
            }

            foreach (var row in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sent += await DeliverAsync(row, cancellationToken) ? 1 : 0;
            }
        }
    }

    private async Task<bool> DeliverAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        try
        {
            // Read inside the try: a row whose data cannot be read fails like a send and ends up failed, not stuck.
            var data = JsonSerializer.Deserialize<Dictionary<string, string>>(row.DataJson) ?? [];
            var message = new OutboundDelivery(row.Id, row.IdempotencyKey, row.CaseId, row.Kind, row.Recipient, data, row.Attempts + 1);
            await sender.SendAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-send: whether it arrived is unknown, so leave the claim to lapse and send it again.
            throw;
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(row, ex, cancellationToken);
            return false;
        }

        // Marked even while shutting down: once sent, a missing mark only causes a redundant resend.
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await db.Outbox.Where(o => o.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OutboxStatus.Sent)
            .SetProperty(o => o.SentAtMs, now)
            .SetProperty(o => o.Attempts, row.Attempts + 1), CancellationToken.None);
        return true;
    }

    private async Task RecordFailureAsync(OutboxRow row, Exception exception, CancellationToken cancellationToken)
    {
        var attempts = row.Attempts + 1;
        var gaveUp = attempts >= _options.MaxAttempts;
        var next = time.GetUtcNow() + RetryDelay(attempts);
        var error = Describe(exception);

        // Only the holder of the claim records the outcome; if the lease lapsed and another node took over, it decides.
        await db.Outbox.Where(o => o.Id == row.Id && o.Status == OutboxStatus.Pending && o.NextAttemptMs == row.NextAttemptMs)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Attempts, attempts)
                .SetProperty(o => o.Status, gaveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(o => o.NextAttemptMs, next.ToUnixTimeMilliseconds())
                .SetProperty(o => o.LastError, error), cancellationToken);
        if (gaveUp)
        {
            GaveUp(logger, exception, row.Kind, row.IdempotencyKey, attempts, _options.NodeId);
        }
        else
        {
            WillRetry(logger, exception, row.Kind, row.IdempotencyKey, attempts, next, _options.NodeId);
        }
    }

    /// <summary>First delay after the first failure, doubling after each further one, capped.</summary>
    private TimeSpan RetryDelay(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(_options.FirstRetryDelay.Ticks * factor, _options.MaxRetryDelay.Ticks));
    }

    // Exception messages can carry request URLs with tokens or the message body, so the stored error (shown to
    // operators) is the exception type and any HTTP status; the log keeps the detail.
    private static string Describe(Exception exception) => exception is HttpRequestException { StatusCode: { } status }
        ? string.Create(CultureInfo.InvariantCulture, $"{exception.GetType().Name}: HTTP {(int)status}")
        : exception.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound message {Kind} (key {IdempotencyKey}) failed on attempt {Attempts} on {Node}; retrying at {NextAttempt}")]
    private static partial void WillRetry(ILogger logger, Exception exception, string kind, string idempotencyKey, int attempts, DateTimeOffset nextAttempt, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbound message {Kind} (key {IdempotencyKey}) failed {Attempts} times (last on {Node}) and is marked failed")]
    private static partial void GaveUp(ILogger logger, Exception exception, string kind, string idempotencyKey, int attempts, string node);
}
