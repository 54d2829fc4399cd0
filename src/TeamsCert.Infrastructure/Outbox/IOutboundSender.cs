namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// Delivers one outbox message to its recipient (a role or a person). Returning means delivered; throwing means the
/// dispatcher retries later with backoff. Implementations must not rely on being called once per message.
/// </summary>
public interface IOutboundSender
{
    Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken);
}
