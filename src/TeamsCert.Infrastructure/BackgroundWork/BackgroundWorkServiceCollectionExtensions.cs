using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Timers;

namespace TeamsCert.Infrastructure.BackgroundWork;

/// <summary>Registers the work that runs beside requests: the deadline-timer poller and the outbox dispatcher.</summary>
public static class BackgroundWorkServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates sections <c>Timers</c> and <c>Outbox</c> (a bad value stops the boot) and adds
    /// <see cref="TimerPoller"/> and <see cref="OutboxDispatcher"/>. Needs <see cref="Persistence.TeamsCertDbContext"/>
    /// registered as a scoped service by the database registration. <see cref="LoggingOutboundSender"/> is the
    /// sender unless an <see cref="IOutboundSender"/> is registered (before or after this call).
    /// </summary>
    public static IHostApplicationBuilder AddTeamsCertBackgroundWork(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var hour = TimeSpan.FromHours(1);
        builder.Services.AddOptions<TimerOptions>()
            .BindConfiguration(TimerOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= hour, "Timers:PollInterval must be more than 0 and at most 01:00:00")
            .Validate(o => o.BatchSize is >= 1 and <= 10_000, "Timers:BatchSize must be between 1 and 10000")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(5) && o.Lease <= hour, "Timers:Lease must be between 00:00:05 and 01:00:00")
            .Validate(o => !string.IsNullOrWhiteSpace(o.NodeId), "Timers:NodeId must not be empty")
            .ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= hour, "Outbox:PollInterval must be more than 0 and at most 01:00:00")
            .Validate(o => o.BatchSize is >= 1 and <= 10_000, "Outbox:BatchSize must be between 1 and 10000")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(5) && o.Lease <= hour, "Outbox:Lease must be between 00:00:05 and 01:00:00")
            .Validate(o => o.MaxAttempts is >= 1 and <= 100, "Outbox:MaxAttempts must be between 1 and 100")
            .Validate(o => o.FirstRetryDelay > TimeSpan.Zero, "Outbox:FirstRetryDelay must be more than 0")
            .Validate(o => o.MaxRetryDelay >= o.FirstRetryDelay, "Outbox:MaxRetryDelay must not be shorter than Outbox:FirstRetryDelay")
            .Validate(o => !string.IsNullOrWhiteSpace(o.NodeId), "Outbox:NodeId must not be empty")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IOutboundSender, LoggingOutboundSender>();
        builder.Services.AddScoped<TimerFiring>();
        builder.Services.AddScoped<OutboxPass>();
        builder.Services.AddHostedService<TimerPoller>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }
}
