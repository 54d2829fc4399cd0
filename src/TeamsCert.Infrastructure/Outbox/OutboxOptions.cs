using TeamsCert.Infrastructure.BackgroundWork;

namespace TeamsCert.Infrastructure.Outbox;

/// <summary>Section <c>Outbox</c>: how the dispatcher claims saved outbound messages, retries failures and gives up.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Time between passes (default 10 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages claimed per round trip (default 50); a pass keeps claiming until nothing is ready.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claimed message stays hidden from other nodes (default 1 min). If this node dies between sending and
    /// marking it sent, the message is sent again once the lease lapses; the receiver drops the copy by its key.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed sends before a message is marked <c>failed</c> and left for an operator (default 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure (default 30 s); it doubles after each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between attempts (default 1 h).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>This node's name in logs (default: machine name and process id).</summary>
    public string NodeId { get; set; } = NodeIdentity.Default;
}
