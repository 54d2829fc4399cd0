using Microsoft.Extensions.Logging;

namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// The default sender until the Teams bot exists: it only logs what would be sent (kind, recipient, key), so the
/// outbox drains and its rows show <c>sent</c>. The Teams connector sender of a later issue replaces it by registering
/// its own <see cref="IOutboundSender"/>.
/// </summary>
public sealed partial class LoggingOutboundSender(ILogger<LoggingOutboundSender> logger) : IOutboundSender
{
    public Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        WouldSend(logger, message.Kind, message.Recipient, message.IdempotencyKey, message.Attempt);
        return Task.CompletedTask;
    }

    // The message data is left out: it names organisations and people, and the log is not the place for it.
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound message {Kind} to {Recipient} (key {IdempotencyKey}, attempt {Attempt}); no Teams sender is configured yet")]
    private static partial void WouldSend(ILogger logger, string kind, string recipient, string idempotencyKey, int attempt);
}
