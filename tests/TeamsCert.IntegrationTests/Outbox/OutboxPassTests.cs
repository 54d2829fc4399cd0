using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Outbox;

/// <summary>
/// Outbox delivery on each real database (see the two subclasses): at-least-once sending, de-duplication by key on
/// the receiving side, backoff and giving up. Passes are driven directly with a fake clock.
/// </summary>
public abstract class OutboxPassTests<TDatabase> : FreshDatabaseTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly TimeSpan _lease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan _firstRetry = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly DeduplicatingReceiver _receiver = new();
    private readonly RuntimeHarness _runtime;

    protected OutboxPassTests() => _runtime = new RuntimeHarness(Database, _clock);

    [Fact]
    public async Task Deliver_PendingMessage_SentOnceAndMarkedSent()
    {
        var key = await AcceptedApplicationMessageAsync();

        var first = await PassAsync(new ScriptedSender(_receiver));
        var second = await PassAsync(new ScriptedSender(_receiver));

        Assert.Equal((1, 0), (first, second));
        var arrived = Assert.Single(_receiver.Arrivals);
        Assert.Equal((key, "application-accepted", 1), (arrived.IdempotencyKey, arrived.Kind, arrived.Attempt));
        var row = await RowAsync(key);
        Assert.Equal((OutboxStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeMilliseconds(), row.SentAtMs);
    }

    [Fact]
    public async Task CrashBetweenSendAndMark_NewDispatcherResendsAfterLease_ReceiverKeepsOne()
    {
        var key = await AcceptedApplicationMessageAsync();
        using var crash = new CancellationTokenSource();
        var crashing = new ScriptedSender(_receiver)
        {
            AfterDelivery = _ =>
            {
                // The process is stopped after the message arrived and before the sent mark was written.
                crash.Cancel();
                crash.Token.ThrowIfCancellationRequested();
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PassAsync(crashing, crash.Token));
        var leased = await RowAsync(key);
        var whileLeased = await PassAsync(new ScriptedSender(_receiver));
        _clock.Advance(_lease + TimeSpan.FromMilliseconds(1));
        var afterLease = await PassAsync(new ScriptedSender(_receiver));

        Assert.Equal(OutboxStatus.Pending, leased.Status);
        Assert.Equal((0, 1), (whileLeased, afterLease));
        Assert.Equal(2, _receiver.Arrivals.Count);
        Assert.Equal(key, Assert.Single(_receiver.Kept).IdempotencyKey);
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(key)).Status);
    }

    [Fact]
    public async Task ReplyLostAfterDelivery_RetriedAfterBackoff_ReceiverKeepsOne()
    {
        var key = await AcceptedApplicationMessageAsync();
        var replyLost = new ScriptedSender(_receiver) { AfterDelivery = _ => throw new IOException("connection reset") };

        var lost = await PassAsync(replyLost);
        var failed = await RowAsync(key);
        _clock.Advance(_firstRetry);
        var retried = await PassAsync(new ScriptedSender(_receiver));

        Assert.Equal((0, 1), (lost, retried));
        Assert.Equal((OutboxStatus.Pending, 1, "IOException"), (failed.Status, failed.Attempts, failed.LastError));
        Assert.Equal(2, _receiver.Arrivals.Count);
        Assert.Single(_receiver.Kept);
        Assert.Equal(2, _receiver.Arrivals.Last().Attempt);
    }

    [Fact]
    public async Task SendKeepsFailing_BacksOffExponentiallyThenFailedAfterMaxAttempts()
    {
        var key = await AcceptedApplicationMessageAsync();
        var failing = new ScriptedSender(_receiver)
        {
            FailBefore = _ => new HttpRequestException("POST https://smba.example/v3/conversations?token=SECRET-123 failed", null, HttpStatusCode.ServiceUnavailable),
        };
        var start = _clock.GetUtcNow();

        await PassAsync(failing);
        var afterFirst = await RowAsync(key);
        _clock.Advance(_firstRetry - TimeSpan.FromMilliseconds(1));
        await PassAsync(failing);
        var callsBeforeDelay = failing.Calls;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await PassAsync(failing);
        var afterSecond = await RowAsync(key);
        _clock.Advance(2 * _firstRetry);
        await PassAsync(failing);
        var afterThird = await RowAsync(key);
        _clock.Advance(TimeSpan.FromDays(1));
        await PassAsync(failing);

        Assert.Equal(1, callsBeforeDelay);
        Assert.Equal((OutboxStatus.Pending, 1, (start + _firstRetry).ToUnixTimeMilliseconds()), (afterFirst.Status, afterFirst.Attempts, afterFirst.NextAttemptMs));
        Assert.Equal((OutboxStatus.Pending, 2, (start + (3 * _firstRetry)).ToUnixTimeMilliseconds()), (afterSecond.Status, afterSecond.Attempts, afterSecond.NextAttemptMs));
        Assert.Equal((OutboxStatus.Failed, 3), (afterThird.Status, afterThird.Attempts));
        Assert.Equal(3, failing.Calls);
        Assert.Equal("HttpRequestException: HTTP 503", afterThird.LastError);
        Assert.Empty(_receiver.Arrivals);
    }

    [Fact]
    public async Task UnreadableRow_RecordedAsFailedAttempt_OtherMessagesStillSent()
    {
        var broken = await AcceptedApplicationMessageAsync();
        var fine = await AcceptedApplicationMessageAsync();
        await using (var db = Database.NewContext())
        {
            await db.Outbox.Where(o => o.IdempotencyKey == broken).ExecuteUpdateAsync(s => s.SetProperty(o => o.DataJson, "not json"));
        }

        var sent = await PassAsync(new ScriptedSender(_receiver));

        Assert.Equal(1, sent);
        Assert.Equal(fine, Assert.Single(_receiver.Arrivals).IdempotencyKey);
        var row = await RowAsync(broken);
        Assert.Equal((OutboxStatus.Pending, 1, "JsonException"), (row.Status, row.Attempts, row.LastError));
    }

    [Fact]
    public async Task TwoDispatchers_RacingOnSameDatabase_SendEachMessageOnce()
    {
        var keys = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            keys.Add(await AcceptedApplicationMessageAsync());
        }

        await using var dbA = Database.NewContext();
        await using var dbB = Database.NewContext();
        var nodeA = NewDelivery(dbA, new ScriptedSender(_receiver), "node-a", batchSize: 3);
        var nodeB = NewDelivery(dbB, new ScriptedSender(_receiver), "node-b", batchSize: 3);
        var counts = await Task.WhenAll(Task.Run(() => nodeA.DeliverPendingAsync()), Task.Run(() => nodeB.DeliverPendingAsync()));

        Assert.Equal(10, counts.Sum());
        Assert.Equal(keys.Order(), _receiver.Arrivals.Select(m => m.IdempotencyKey).Order());
        foreach (var key in keys)
        {
            Assert.Equal(OutboxStatus.Sent, (await RowAsync(key)).Status);
        }
    }

    /// <summary>
    /// Opens and accepts an application; acceptance queues one message to the applicant. The same saves queue the
    /// reviewer's and the programme manager's step cards (<c>step-opened</c>); they are marked sent here, so each test
    /// watches the one message it is about.
    /// </summary>
    private async Task<string> AcceptedApplicationMessageAsync()
    {
        var @case = await _runtime.OpenAsync("TEL");
        await _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer);
        await using var db = Database.NewContext();
        var stepCards = await db.Outbox.Where(o => o.CaseId == @case.Id && o.Kind == CertificationCase.StepOpenedMessage)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent));
        Assert.Equal(2, stepCards);
        return await db.Outbox.Where(o => o.CaseId == @case.Id && o.Status == OutboxStatus.Pending).Select(o => o.IdempotencyKey).SingleAsync();
    }

    private OutboxPass NewDelivery(TeamsCertDbContext db, IOutboundSender sender, string node = "node-a", int batchSize = 50) =>
        new(db, sender, _clock, Options.Create(new OutboxOptions
        {
            NodeId = node,
            BatchSize = batchSize,
            Lease = _lease,
            MaxAttempts = 3,
            FirstRetryDelay = _firstRetry,
        }), NullLogger<OutboxPass>.Instance);

    /// <summary>One pass by a new dispatcher on a new DbContext, as after a restart.</summary>
    private async Task<int> PassAsync(IOutboundSender sender, CancellationToken cancellationToken = default)
    {
        await using var db = Database.NewContext();
        return await NewDelivery(db, sender).DeliverPendingAsync(cancellationToken);
    }

    private async Task<OutboxRow> RowAsync(string key)
    {
        await using var db = Database.NewContext();
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.IdempotencyKey == key);
    }
}
