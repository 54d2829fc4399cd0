using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Timers;

/// <summary>
/// One pass of the deadline-timer poller: claims due pending timers in batches, oldest first, and fires each in its own
/// transaction through its case (journal entry + outbox message + timer marked fired). After downtime one pass catches
/// up on everything missed, each timer exactly once; a timer whose step is no longer open is cancelled instead. An
/// overdue step that the runtime completes by itself (certificate expiry) is completed in that same transaction.
/// </summary>
public sealed partial class TimerFiring(TeamsCertDbContext db, TimeProvider time, RulesRuntime rules, IOptions<TimerOptions> options, ILogger<TimerFiring> logger)
{
    private readonly CaseStore _store = new(db, time, rules.Schemes);
    private readonly TimerOptions _options = options.Value;

    /// <returns>How many timers fired in this pass (stale timers cancelled on the way are not counted).</returns>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken = default)
    {
        var fired = 0;
        while (true)
        {
            // Claim until nothing due is left unclaimed. Timers already tried in this pass keep their lease, so a
            // timer that failed is not claimed again here and the loop ends.
            var batch = await TimerClaims.ClaimAsync(db, _options, time.GetUtcNow(), cancellationToken);
            if (batch.Count == 0)
            {
                return fired;
            }

            foreach (var timerId in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    fired += await FireAsync(timerId, cancellationToken) ? 1 : 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One bad case must not hold up the rest. The claim runs out with its lease and the timer is retried.
                    FireFailed(logger, ex, timerId);
                }
            }
        }
    }

    private async Task<bool> FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        _store.Reset();
        if (await _store.LoadTimerAsync(timerId, cancellationToken) is not { Status: TimerStatus.Pending } pending)
        {
            // Fired by another node whose claim outlived ours, or cancelled by an action meanwhile.
            return false;
        }

        // The timer row joins the case's change: a lost race (an action, another node) reads both again.
        var change = await new CaseUnitOfWork(_store, time).ChangeAsync(pending.CaseId, async (@case, ct) =>
        {
            var timer = await _store.LoadTimerAsync(timerId, ct);
            if (timer is not { Status: TimerStatus.Pending })
            {
                return (Fired: false, Stale: false);
            }

            var now = time.GetUtcNow();
            var fires = Process(@case).FireTimer(@case, timer.StepId, timer.Kind, now);
            timer.Status = fires ? TimerStatus.Fired : TimerStatus.Cancelled;
            timer.FiredAtMs = fires ? now.ToUnixTimeMilliseconds() : null;
            return (Fired: fires, Stale: !fires);
        }, cancellationToken: cancellationToken);
        if (change.Value.Stale)
        {
            Cancelled(logger, timerId, pending.Kind, pending.StepId);
        }

        return change.Value.Fired;
    }

    // Steps the runtime completes by itself (certificate expiry) act through the case's own rule-set version.
    private CaseProcess Process(CertificationCase @case) => new(rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion), rules.Calendar);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {TimerId} could not be fired; it is retried when its claim lapses")]
    private static partial void FireFailed(ILogger logger, Exception exception, Guid timerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {TimerId} ({Kind}) cancelled: step {StepId} is no longer open")]
    private static partial void Cancelled(ILogger logger, Guid timerId, string kind, Guid stepId);
}
