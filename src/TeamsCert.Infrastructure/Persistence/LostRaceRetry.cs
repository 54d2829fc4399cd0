using Polly;
using Polly.Retry;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// The one retry of a save: one that lost a race (<see cref="ConcurrencyConflictException"/>, see <see cref="DatabaseErrors"/>)
/// is tried again from a fresh read, after a short exponential pause with jitter so that racing writers spread out. Used by
/// <see cref="Workflow.CaseUnitOfWork"/> for every change to a case and by <see cref="Bot.ConversationReferenceStore"/>.
/// Nothing else is retried: a refusal, bad input or a database error is the answer.
/// </summary>
public static class LostRaceRetry
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
