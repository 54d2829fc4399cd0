using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.IntegrationTests.Outbox;

/// <summary>A sender whose failures are scripted: before delivery (the send failed) or after it (crash, lost reply).</summary>
internal sealed class ScriptedSender(DeduplicatingReceiver receiver) : IOutboundSender
{
    private int _calls;

    public int Calls => _calls;

    /// <summary>Thrown instead of delivering; null delivers.</summary>
    public Func<OutboundDelivery, Exception?> FailBefore { get; init; } = _ => null;

    /// <summary>Runs after the receiver has the message; throwing here means it arrived but the caller never learnt so.</summary>
    public Action<OutboundDelivery> AfterDelivery { get; init; } = _ => { };

    public Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (FailBefore(message) is { } failure)
        {
            throw failure;
        }

        receiver.Accept(message);
        AfterDelivery(message);
        return Task.CompletedTask;
    }
}
