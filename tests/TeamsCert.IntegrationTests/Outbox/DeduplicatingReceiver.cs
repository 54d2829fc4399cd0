using System.Collections.Concurrent;
using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.IntegrationTests.Outbox;

/// <summary>The receiving side as the tests see it: every arrival is recorded, one copy per idempotency key is kept.</summary>
internal sealed class DeduplicatingReceiver
{
    private readonly ConcurrentQueue<OutboundDelivery> _arrivals = new();
    private readonly ConcurrentDictionary<string, OutboundDelivery> _kept = new(StringComparer.Ordinal);

    public IReadOnlyCollection<OutboundDelivery> Arrivals => _arrivals;

    public IReadOnlyCollection<OutboundDelivery> Kept => [.. _kept.Values];

    public void Accept(OutboundDelivery message)
    {
        _arrivals.Enqueue(message);
        _kept.TryAdd(message.IdempotencyKey, message);
    }
}
