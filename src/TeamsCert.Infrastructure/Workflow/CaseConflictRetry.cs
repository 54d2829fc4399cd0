using Polly;
using Polly.Retry;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// The one retry of the runtime: a save that lost a race (<see cref="ConcurrencyConflictException"/>) is tried again on
/// the freshly loaded case, after a short exponential pause with jitter so that racing writers spread out. Nothing else
/// is retried: a refusal, bad input or a database error is the answer.
/// </summary>
public static class CaseConflictRetry
{
    /// <summary>Attempts in all; the pauses add up to about a second at most, and the last loss reaches the caller (409).</summary>
    public const int Attempts = 10;

    public static ResiliencePipeline Pipeline { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<ConcurrencyConflictException>(),
            MaxRetryAttempts = Attempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(250),
        })
        .Build();
}
