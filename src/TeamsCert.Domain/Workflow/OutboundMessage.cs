namespace TeamsCert.Domain.Workflow;

/// <summary>An outbound message to deliver after the case is saved (outbox); the key makes redelivery harmless.</summary>
public sealed record OutboundMessage(string IdempotencyKey, string Kind, string Recipient, IReadOnlyDictionary<string, string> Data);
