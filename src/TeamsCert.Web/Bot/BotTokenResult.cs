namespace TeamsCert.Web.Bot;

/// <summary>The outcome of checking an inbound token; <see cref="FailureReason"/> is for the log only, never the caller.</summary>
public sealed record BotTokenResult(bool IsValid, string? FailureReason)
{
    /// <summary>The token's <c>serviceurl</c> claim: the activity, read after the token passed, must name the same.</summary>
    public string? ServiceUrl { get; init; }

    public static BotTokenResult Valid(string serviceUrl) => new(true, null) { ServiceUrl = serviceUrl };

    public static BotTokenResult Fail(string reason) => new(false, reason);

    /// <summary>Whether the activity's serviceUrl is the one the token was issued for (a trailing slash aside).</summary>
    public bool Allows(string? activityServiceUrl) =>
        IsValid && ServiceUrl is not null && activityServiceUrl is not null
        && string.Equals(ServiceUrl.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.Ordinal);
}
