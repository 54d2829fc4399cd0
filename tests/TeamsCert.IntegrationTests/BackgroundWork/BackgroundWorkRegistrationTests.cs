using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.BackgroundWork;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Timers;

namespace TeamsCert.IntegrationTests.BackgroundWork;

/// <summary>The registration of the timer poller and outbox dispatcher: defaults, start-up validation, sender choice.</summary>
public sealed class BackgroundWorkRegistrationTests
{
    [Fact]
    public void AddTeamsCertBackgroundWork_NoSettings_DefaultsAndBothServicesRegistered()
    {
        using var host = Build();

        var timers = host.Services.GetRequiredService<IOptions<TimerOptions>>().Value;
        var outbox = host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        var hosted = host.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        Assert.Equal((TimeSpan.FromSeconds(15), 100, TimeSpan.FromMinutes(1)), (timers.PollInterval, timers.BatchSize, timers.Lease));
        Assert.EndsWith($":{Environment.ProcessId}", timers.NodeId, StringComparison.Ordinal);
        Assert.Equal(8, outbox.MaxAttempts);
        Assert.Contains(typeof(TimerPoller), hosted);
        Assert.Contains(typeof(OutboxDispatcher), hosted);
        Assert.IsType<LoggingOutboundSender>(host.Services.GetRequiredService<IOutboundSender>());
    }

    [Fact]
    public void AddTeamsCertBackgroundWork_Configured_BindsSections()
    {
        using var host = Build(new() { ["Timers:PollInterval"] = "00:00:05", ["Timers:NodeId"] = "app-2", ["Outbox:MaxAttempts"] = "3" });

        var timers = host.Services.GetRequiredService<IOptions<TimerOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(5), "app-2"), (timers.PollInterval, timers.NodeId));
        Assert.Equal(3, host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.MaxAttempts);
    }

    [Fact]
    public void AddTeamsCertBackgroundWork_WithDatabaseAndRulesRegistered_PassesResolveInAScope()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddTeamsCertRules();
        builder.Services.AddDbContext<TeamsCertDbContext>(o => TeamsCertDatabase.Configure(o, new DatabaseOptions { ConnectionString = "Data Source=unused.db" }));
        builder.AddTeamsCertBackgroundWork();
        using var host = builder.Build();

        using var scope = host.Services.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<TimerFiring>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<OutboxPass>());
    }

    [Fact]
    public async Task Start_BadSettings_FailsNamingEverySetting()
    {
        using var host = Build(new()
        {
            ["Timers:BatchSize"] = "0",
            ["Timers:PollInterval"] = "00:00:00",
            ["Outbox:MaxAttempts"] = "0",
            ["Outbox:MaxRetryDelay"] = "00:00:01",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = string.Join("\n", Flatten(error).Select(e => e.Message));
        Assert.Contains("Timers:BatchSize", messages, StringComparison.Ordinal);
        Assert.Contains("Timers:PollInterval", messages, StringComparison.Ordinal);
        Assert.Contains("Outbox:MaxAttempts", messages, StringComparison.Ordinal);
        Assert.Contains("Outbox:MaxRetryDelay", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTeamsCertBackgroundWork_SenderRegisteredFirst_Kept()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IOutboundSender>(new OtherSender());

        builder.AddTeamsCertBackgroundWork();
        using var host = builder.Build();

        Assert.IsType<OtherSender>(host.Services.GetRequiredService<IOutboundSender>());
    }

    private static IHost Build(Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddTeamsCertBackgroundWork();
        return builder.Build();
    }

    private static IEnumerable<Exception> Flatten(Exception error) =>
        error is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(Flatten) : [error];

    private sealed class OtherSender : IOutboundSender
    {
        public Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
