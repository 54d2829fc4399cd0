using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.BackgroundWork;

namespace TeamsCert.Infrastructure.Timers;

/// <summary>
/// Runs a <see cref="TimerFiring"/> pass at start and then every <see cref="TimerOptions.PollInterval"/>. Any number of
/// nodes may run it against PostgreSQL; claims keep them from firing a timer twice, and a pass catches up after an outage.
/// </summary>
public sealed class TimerPoller(IServiceScopeFactory scopes, IOptions<TimerOptions> options, TimeProvider time, ILogger<TimerPoller> logger)
    : PeriodicPassService(scopes, () => options.Value.PollInterval, time, logger, "Deadline timers")
{
    protected override Task<int> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TimerFiring>().FireDueAsync(cancellationToken);
}
