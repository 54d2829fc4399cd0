using TeamsCert.Infrastructure.BackgroundWork;

namespace TeamsCert.Infrastructure.Timers;

/// <summary>Section <c>Timers</c>: how often the deadline-timer poller looks for due timers and how it claims them.</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>Time between passes (default 15 s). A pass fires everything due, so a longer interval only delays.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Timers claimed per round trip (default 100); a pass keeps claiming until nothing due is left.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a claim is exclusive (default 1 min). A node that dies holding claims delays those timers by at most
    /// this much; a batch must fire well within it.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>This node's name in <c>ClaimedBy</c> (default: machine name and process id).</summary>
    public string NodeId { get; set; } = NodeIdentity.Default;
}
