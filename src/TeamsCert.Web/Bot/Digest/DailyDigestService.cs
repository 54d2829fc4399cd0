using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.BackgroundWork;

namespace TeamsCert.Web.Bot.Digest;

/// <summary>Checks every <c>Bot:Digest:PollInterval</c> whether today's digests are due (see <see cref="DailyDigestPass"/>).</summary>
public sealed class DailyDigestService(IServiceScopeFactory scopes, IOptions<DigestOptions> options, TimeProvider time, ILogger<DailyDigestService> logger)
    : PeriodicPassService(scopes, () => options.Value.PollInterval, time, logger, "Daily digest")
{
    protected override Task<int> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DailyDigestPass>().RunAsync(cancellationToken);
}
