using System.Collections.Concurrent;

namespace TeamsCert.Web.Bot.Outbound;

/// <summary>
/// Which recipients already got an outbox message (by its idempotency key), in memory: a retry after one recipient's
/// send failed does not message the others again. Lost on restart and trimmed when large: delivery stays at-least-once.
/// </summary>
public sealed class DeliveredRecipients
{
    private const int Capacity = 20_000;
    private readonly ConcurrentDictionary<string, byte> _sent = new(StringComparer.Ordinal);

    public bool Contains(string idempotencyKey, string personId) => _sent.ContainsKey(Key(idempotencyKey, personId));

    public void Add(string idempotencyKey, string personId)
    {
        if (_sent.Count >= Capacity)
        {
            _sent.Clear();
        }

        _sent.TryAdd(Key(idempotencyKey, personId), 0);
    }

    private static string Key(string idempotencyKey, string personId) => $"{idempotencyKey}\n{personId.ToUpperInvariant()}";
}
