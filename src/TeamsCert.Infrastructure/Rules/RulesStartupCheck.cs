using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsCert.Infrastructure.Rules;

/// <summary>Loads the rule data while the host starts, so a bad scheme or calendar file stops the boot with its message.</summary>
public sealed partial class RulesStartupCheck(Lazy<RulesRuntime> rules, ILogger<RulesStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var runtime = rules.Value;
        var ruleSets = runtime.Schemes.All.Count();
        var years = string.Join(", ", runtime.Calendar.OfficialYears);
        Loaded(logger, ruleSets, years);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule data loaded: {RuleSets} scheme rule sets; official calendar years {Years}")]
    private static partial void Loaded(ILogger logger, int ruleSets, string years);
}
