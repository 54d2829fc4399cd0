namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// A saved outbound message handed to an <see cref="IOutboundSender"/>. It may arrive more than once (at-least-once
/// delivery); <see cref="IdempotencyKey"/> is stable across attempts so the receiver can drop the copies.
/// </summary>
/// <param name="Attempt">1 for the first try, counting failed tries before it.</param>
public sealed record OutboundDelivery(
    Guid Id,
    string IdempotencyKey,
    Guid CaseId,
    string Kind,
    string Recipient,
    IReadOnlyDictionary<string, string> Data,
    int Attempt);
