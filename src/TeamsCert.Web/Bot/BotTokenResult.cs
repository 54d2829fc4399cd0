namespace TeamsCert.Web.Bot;

/// <summary>The outcome of checking an inbound token; <see cref="FailureReason"/> is for the log only, never the caller.</summary>
public sealed record BotTokenResult(bool IsValid, string? FailureReason)
{
    public static BotTokenResult Valid { get; } = new(true, null);

    public static BotTokenResult Fail(string reason) => new(false, reason);
}
