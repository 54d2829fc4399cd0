using System.Collections.Concurrent;
using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.IntegrationTests.Outbox;

/// <summary>The receiving side as the tests see it: every arrival is recorded, one copy per idempotency key is kept.</summary>
internal sealed class DeduplicatingReceiver
{
    private readonly ConcurrentQueue<OutboxMessage> _arrivals = new();
    private readonly ConcurrentDictionary<string, OutboxMessage> _kept = new(StringComparer.Ordinal);

    public IReadOnlyCollection<OutboxMessage> Arrivals => _arrivals;

    public IReadOnlyCollection<OutboxMessage> Kept => [.. _kept.Values];

    public void Accept(OutboxMessage message)
    {
        _arrivals.Enqueue(message);
        _kept.TryAdd(message.IdempotencyKey, message);
    }
}
