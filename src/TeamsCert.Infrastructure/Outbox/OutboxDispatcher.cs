using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.BackgroundWork;

namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// Runs an <see cref="OutboxPass"/> pass at start and then every <see cref="OutboxOptions.PollInterval"/>. Several
/// nodes may run it against PostgreSQL; claims keep their batches apart, and claimed messages return when a lease lapses.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : PeriodicPassService(scopes, () => options.Value.PollInterval, time, logger, "Outbox")
{
    protected override Task<int> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxPass>().DeliverPendingAsync(cancellationToken);
}
